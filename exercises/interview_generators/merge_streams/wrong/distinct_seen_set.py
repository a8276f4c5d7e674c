"""Wrong: distinct remembers every item in a set. Items need not be
hashable, a value may come back after another one, and the set grows
with the stream."""

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
    seen = set()
    for item in iterable:
        if item not in seen:
            seen.add(item)
            yield item
