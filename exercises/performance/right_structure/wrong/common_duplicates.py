from collections import deque, Counter
def last_items(iterable, n):
    if n <= 0:
        return []
    return list(deque(iterable, maxlen=n))
def group_pairs(pairs):
    out = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out
def top_words(words, k):
    return Counter(words).most_common(k)
def common(a, b):
    bs = set(b)
    seen = set()
    out = []
    for x in a:
        if x in bs:
            seen.add(x)
            out.append(x)
    return out
