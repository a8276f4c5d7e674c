import bisect
import heapq


def k_smallest(items, k):
    heap = list(items)
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(min(k, len(heap)))]


def count_between(sorted_items, lo, hi):
    return max(0, bisect.bisect_left(sorted_items, hi) - bisect.bisect_left(sorted_items, lo))


def merged(*iterables):
    return heapq.merge(*iterables)
