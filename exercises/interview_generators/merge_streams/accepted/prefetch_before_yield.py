import heapq
import itertools


def merge_sorted(*iterables, key=None):
    keyf = (lambda x: x) if key is None else key
    tie = itertools.count()  # a unique, increasing tie-breaker per stream
    heap = []
    for it in map(iter, iterables):
        for first in it:
            heap.append((keyf(first), next(tie), first, it))
            break
    heapq.heapify(heap)
    while heap:
        k, order, item, it = heapq.heappop(heap)
        # Fetch this stream's next item before handing out the current one:
        # still at most one unproduced item per stream.
        for following in it:
            heapq.heappush(heap, (keyf(following), order, following, it))
            break
        yield item


def distinct(iterable):
    marker = last = object()
    for item in iterable:
        if last is marker or item != last:
            yield item
            last = item
