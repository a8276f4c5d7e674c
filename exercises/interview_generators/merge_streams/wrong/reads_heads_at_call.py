"""Wrong: an ordinary function that fills the heap with the first item of
every stream when it is called, then returns a generator: calling
merge_sorted already reads items."""

import heapq


def merge_sorted(*iterables, key=None):
    key = key or (lambda x: x)
    heap = []
    for index, iterable in enumerate(iterables):
        it = iter(iterable)
        for item in it:
            heap.append((key(item), index, item, it))
            break
    heapq.heapify(heap)

    def run():
        while heap:
            _k, index, item, it = heap[0]
            yield item
            for nxt in it:
                heapq.heapreplace(heap, (key(nxt), index, nxt, it))
                break
            else:
                heapq.heappop(heap)

    return run()


def distinct(iterable):
    it = iter(iterable)
    for previous in it:
        yield previous
        break
    for item in it:
        if item != previous:
            yield item
            previous = item
