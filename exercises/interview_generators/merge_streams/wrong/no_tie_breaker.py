"""Wrong: heap entries are (key, item, iterator), with no index between key
and item. On equal keys the heap compares the items (dicts cannot be
compared) and, for equal items, the iterators, and ties lose the argument order."""

import heapq


def merge_sorted(*iterables, key=None):
    key = key or (lambda x: x)
    heap = []
    for iterable in iterables:
        it = iter(iterable)
        for item in it:
            heap.append((key(item), item, it))
            break
    heapq.heapify(heap)
    while heap:
        _k, item, it = heapq.heappop(heap)
        yield item
        for nxt in it:
            heapq.heappush(heap, (key(nxt), nxt, it))
            break


def distinct(iterable):
    it = iter(iterable)
    for previous in it:
        yield previous
        break
    for item in it:
        if item != previous:
            yield item
            previous = item
