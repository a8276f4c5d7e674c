"""Reference solution for performance/heap_bisect."""

import bisect
import heapq


def k_smallest(items, k):
    return heapq.nsmallest(k, items)


def count_between(sorted_items, lo, hi):
    if not lo < hi:
        return 0
    return bisect.bisect_left(sorted_items, hi) - bisect.bisect_left(sorted_items, lo)


def merged(*iterables):
    return heapq.merge(*iterables)
