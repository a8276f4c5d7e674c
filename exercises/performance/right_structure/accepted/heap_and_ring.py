import heapq
from collections import Counter


def last_items(iterable, n):
    if n == 0:
        for _ in iterable:
            pass
        return []
    ring, count = [None] * n, 0
    for item in iterable:
        ring[count % n] = item
        count += 1
    if count < n:
        return ring[:count]
    start = count % n
    return ring[start:] + ring[:start]


def group_pairs(pairs):
    result = {}
    for key, value in pairs:
        if key in result:
            result[key].append(value)
        else:
            result[key] = [value]
    return result


def top_words(words, k):
    counts = Counter(words)
    order = {w: i for i, w in enumerate(counts)}
    best = heapq.nsmallest(k, counts.items(), key=lambda kv: (-kv[1], order[kv[0]]))
    return [(w, c) for w, c in best]


def common(a, b):
    in_b = set(b)
    done = set()
    res = []
    for x in a:
        if x in in_b and x not in done:
            res.append(x)
            done.add(x)
    return res
