import heapq, bisect
def k_smallest(items, k):
    return heapq.nsmallest(k, items)
def count_between(sorted_items, lo, hi):
    if not hi > lo:
        return 0
    return bisect.bisect_left(sorted_items, hi) - bisect.bisect_left(sorted_items, lo)
def merged(*iterables):
    return heapq.merge(*iterables)
