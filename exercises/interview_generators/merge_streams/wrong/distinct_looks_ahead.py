"""Wrong: distinct compares each item with the one after it, so it reads an
item beyond the one it yields."""

import heapq

_END = object()


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
    it = iter(iterable)
    current = next(it, _END)
    while current is not _END:
        following = next(it, _END)
        while following is not _END and following == current:
            following = next(it, _END)
        yield current
        current = following
