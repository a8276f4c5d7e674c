import collections


def last_items(iterable, n):
    window = collections.deque(maxlen=n)
    for item in iterable:
        window.append(item)
    return list(window)


def group_pairs(pairs):
    out = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out


def top_words(words, k):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    # sorted is stable and dicts keep first-seen order
    return sorted(counts.items(), key=lambda kv: -kv[1])[:k]


def common(a, b):
    bset = frozenset(b)
    return list(dict.fromkeys(x for x in a if x in bset))
