"""Scans the whole list."""

import bisect
import heapq


def k_smallest(items, k):
    return heapq.nsmallest(k, items)


def count_between(sorted_items, lo, hi):
    if not lo < hi:
        return 0
    return sum(1 for x in sorted_items if lo <= x < hi)


def merged(*iterables):
    return heapq.merge(*iterables)
