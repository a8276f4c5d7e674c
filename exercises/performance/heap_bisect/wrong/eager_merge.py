"""Reads everything first: hangs on endless input."""

import bisect
import heapq


def k_smallest(items, k):
    return heapq.nsmallest(k, items)


def count_between(sorted_items, lo, hi):
    if not lo < hi:
        return 0
    return bisect.bisect_left(sorted_items, hi) - bisect.bisect_left(sorted_items, lo)


def merged(*iterables):
    return iter(sorted(x for it in iterables for x in it))
