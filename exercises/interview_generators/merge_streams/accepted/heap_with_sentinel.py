import heapq

_DONE = object()


def merge_sorted(*iterables, key=None):
    if key is None:
        key = lambda x: x  # noqa: E731
    heap = []
    for i, iterable in enumerate(iterables):
        it = iter(iterable)
        first = next(it, _DONE)
        if first is not _DONE:
            heap.append([key(first), i, first, it])
    heapq.heapify(heap)
    while heap:
        entry = heapq.heappop(heap)
        yield entry[2]
        nxt = next(entry[3], _DONE)
        if nxt is not _DONE:
            entry[0] = key(nxt)
            entry[2] = nxt
            heapq.heappush(heap, entry)


def distinct(iterable):
    last = _DONE
    for item in iterable:
        if last is _DONE or item != last:
            last = item
            yield item
