"""Fewer comparisons with heapq and bisect: see `grader show performance/heap_bisect`."""


def k_smallest(items, k):
    raise NotImplementedError("write k_smallest")


def count_between(sorted_items, lo, hi):
    raise NotImplementedError("write count_between")


def merged(*iterables):
    raise NotImplementedError("write merged")
