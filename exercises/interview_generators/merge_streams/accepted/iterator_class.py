from heapq import heapify, heappop, heappush
from itertools import groupby


class merge_sorted:
    """An iterator class: the heap is filled on the first __next__."""

    def __init__(self, *iterables, key=None):
        self._iterables = iterables
        self._key = key
        self._heap = None
        self._pending = None

    def __iter__(self):
        return self

    def _push(self, index, it):
        try:
            item = next(it)
        except StopIteration:
            return
        k = item if self._key is None else self._key(item)
        heappush(self._heap, (k, index, item, it))

    def __next__(self):
        if self._heap is None:
            self._heap = []
            for index, iterable in enumerate(self._iterables):
                self._push(index, iter(iterable))
            self._iterables = None
        if self._pending is not None:
            index, it = self._pending
            self._pending = None
            self._push(index, it)
        if not self._heap:
            raise StopIteration
        _k, index, item, it = heappop(self._heap)
        self._pending = (index, it)
        return item


def distinct(iterable):
    for value, _group in groupby(iterable):
        yield value
