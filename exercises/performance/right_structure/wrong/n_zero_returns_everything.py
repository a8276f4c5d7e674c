# Wrong (last_items: "[] when n == 0"): maxlen=n or None turns n == 0 into an unbounded deque, so every item comes back.
from collections import Counter, defaultdict, deque


def last_items(iterable, n):
    return list(deque(iterable, maxlen=n or None))


def group_pairs(pairs):
    groups = defaultdict(list)
    for key, value in pairs:
        groups[key].append(value)
    return dict(groups)


def top_words(words, k):
    return Counter(words).most_common(k)


def common(a, b):
    wanted = set(b)
    seen = set()
    out = []
    for item in a:
        if item in wanted and item not in seen:
            seen.add(item)
            out.append(item)
    return out
