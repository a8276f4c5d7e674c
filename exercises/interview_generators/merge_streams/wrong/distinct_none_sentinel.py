"""Wrong: distinct starts with previous = None as 'nothing yielded yet', so
a leading None is taken for a repeat and dropped."""

import heapq


def merge_sorted(*iterables, key=None):
    heap = []
    for index, iterable in enumerate(iterables):
        it = iter(iterable)
        for item in it:
            heap.append((item if key is None else key(item), index, item, it))
            break
    heapq.heapify(heap)
    while heap:
        _k, index, item, it = heap[0]
        yield item
        for nxt in it:
            heapq.heapreplace(heap, (nxt if key is None else key(nxt), index, nxt, it))
            break
        else:
            heapq.heappop(heap)


def distinct(iterable):
    previous = None
    for item in iterable:
        if item != previous:
            yield item
            previous = item
