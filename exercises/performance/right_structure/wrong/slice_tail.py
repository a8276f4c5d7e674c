"""Slices a full list: all items in memory, and [-0:] is everything."""

from collections import Counter, defaultdict, deque


def last_items(iterable, n):
    return list(iterable)[-n:]


def group_pairs(pairs):
    groups = defaultdict(list)
    for key, value in pairs:
        groups[key].append(value)
    return dict(groups)  # a plain dict: missing keys raise instead of appearing


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
