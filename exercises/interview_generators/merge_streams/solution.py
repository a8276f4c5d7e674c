"""Reference solution for interview_generators/merge_streams."""

import heapq


def merge_sorted(*iterables, key=None):
    """Yield the items of the sorted iterables as one sorted stream."""
    heap = []
    for index, iterable in enumerate(iterables):
        it = iter(iterable)
        for item in it:
            # (key, index, item, iterator): the index breaks ties between
            # equal keys, so items themselves are never compared.
            heap.append((item if key is None else key(item), index, item, it))
            break
    heapq.heapify(heap)
    while heap:
        _k, index, item, it = heap[0]
        yield item
        # Read the next item of this stream only once the caller asks.
        for nxt in it:
            heapq.heapreplace(heap, (nxt if key is None else key(nxt), index, nxt, it))
            break
        else:
            heapq.heappop(heap)


def distinct(iterable):
    """Yield the items of iterable, dropping each one equal to the item before it."""
    it = iter(iterable)
    for previous in it:
        yield previous
        break
    else:
        return
    for item in it:
        if item != previous:
            yield item
            previous = item
