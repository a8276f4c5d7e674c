import heapq

def k_smallest(items, k):
    if k <= 0:
        return []
    heap = []  # max-heap of the k smallest so far, via a wrapper-free trick: keep sorted small list
    for x in items:
        if len(heap) < k:
            heap.append(x)
            heap.sort()
        elif x < heap[-1]:
            heap[-1] = x
            heap.sort()
    return heap

def _lower(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def count_between(sorted_items, lo, hi):
    if hi <= lo:
        return 0
    return _lower(sorted_items, hi) - _lower(sorted_items, lo)

def merged(*iterables):
    heap = []
    for idx, it in enumerate(map(iter, iterables)):
        for first in it:
            heap.append((first, idx, it))
            break
    heapq.heapify(heap)
    while heap:
        value, idx, it = heap[0]
        yield value
        for nxt in it:
            heapq.heapreplace(heap, (nxt, idx, it))
            break
        else:
            heapq.heappop(heap)
