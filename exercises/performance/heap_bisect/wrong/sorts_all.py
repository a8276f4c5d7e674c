"""Sorts everything: about n*log2(n) comparisons."""

import bisect
import heapq


def k_smallest(items, k):
    return sorted(items)[:k]


def count_between(sorted_items, lo, hi):
    if not lo < hi:
        return 0
    return bisect.bisect_left(sorted_items, hi) - bisect.bisect_left(sorted_items, lo)


def merged(*iterables):
    return heapq.merge(*iterables)
