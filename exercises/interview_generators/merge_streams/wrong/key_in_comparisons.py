"""Wrong: wraps each item in an object whose __lt__ calls key on both sides,
so key runs on every comparison instead of once per item."""

import heapq


class _Entry:
    def __init__(self, key, index, item, it):
        self.key, self.index, self.item, self.it = key, index, item, it

    def __lt__(self, other):
        a, b = self.key(self.item), other.key(other.item)
        if a == b:
            return self.index < other.index
        return a < b


def merge_sorted(*iterables, key=None):
    key = key or (lambda x: x)
    heap = []
    for index, iterable in enumerate(iterables):
        it = iter(iterable)
        for item in it:
            heap.append(_Entry(key, index, item, it))
            break
    heapq.heapify(heap)
    while heap:
        entry = heapq.heappop(heap)
        yield entry.item
        for nxt in entry.it:
            heapq.heappush(heap, _Entry(key, entry.index, nxt, entry.it))
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
