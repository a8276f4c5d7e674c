"""Takes min() k times: k*n comparisons."""

import bisect
import heapq


def k_smallest(items, k):
    rest = list(items)
    out = []
    for _ in range(min(k, len(rest))):
        m = min(rest)
        rest.remove(m)
        out.append(m)
    return out


def count_between(sorted_items, lo, hi):
    if not lo < hi:
        return 0
    return bisect.bisect_left(sorted_items, hi) - bisect.bisect_left(sorted_items, lo)


def merged(*iterables):
    return heapq.merge(*iterables)
