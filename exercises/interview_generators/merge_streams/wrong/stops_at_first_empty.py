"""Wrong: stops as soon as one stream runs out (the StopIteration of that
stream ends the whole merge), dropping the rest of the other streams."""

import heapq


def merge_sorted(*iterables, key=None):
    key = key or (lambda x: x)
    its = [iter(i) for i in iterables]
    heap = []
    for index, it in enumerate(its):
        try:
            item = next(it)
        except StopIteration:
            continue
        heap.append((key(item), index, item))
    heapq.heapify(heap)
    while heap:
        _k, index, item = heapq.heappop(heap)
        yield item
        try:
            nxt = next(its[index])
        except StopIteration:
            return
        heapq.heappush(heap, (key(nxt), index, nxt))


def distinct(iterable):
    it = iter(iterable)
    for previous in it:
        yield previous
        break
    for item in it:
        if item != previous:
            yield item
            previous = item
