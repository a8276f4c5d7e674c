"""Wrong: reads each stream in batches of 8 "to save calls", so it holds up
to 8 unproduced items per stream instead of one."""

import heapq
import itertools


def merge_sorted(*iterables, key=None):
    key = key or (lambda x: x)
    its = [iter(i) for i in iterables]
    buffers = [[] for _ in its]

    def refill(index):
        buffers[index] = list(itertools.islice(its[index], 8))[::-1]

    heap = []
    for index in range(len(its)):
        refill(index)
        if buffers[index]:
            item = buffers[index].pop()
            heap.append((key(item), index, item))
    heapq.heapify(heap)
    while heap:
        _k, index, item = heapq.heappop(heap)
        yield item
        if not buffers[index]:
            refill(index)
        if buffers[index]:
            nxt = buffers[index].pop()
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
