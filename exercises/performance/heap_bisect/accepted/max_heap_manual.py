import heapq
from bisect import bisect_left


class _Rev:
    """Reverses the order so heapq's min-heap keeps the k largest-of-the-smallest on top."""

    __slots__ = ("item",)

    def __init__(self, item):
        self.item = item

    def __lt__(self, other):
        return other.item < self.item


def k_smallest(items, k):
    if k <= 0:
        return []
    heap = [_Rev(x) for x in items[:k]]
    heapq.heapify(heap)
    for x in items[k:]:
        if x < heap[0].item:
            heapq.heapreplace(heap, _Rev(x))
    return sorted(r.item for r in heap)


def count_between(sorted_items, lo, hi):
    if hi <= lo:
        return 0
    start = bisect_left(sorted_items, lo)
    end = bisect_left(sorted_items, hi, lo=start)
    return end - start


def merged(*iterables):
    heap = []
    iterators = [iter(it) for it in iterables]
    for idx, it in enumerate(iterators):
        for first in it:
            heap.append((first, idx))
            break
    # compare on the value, then the source index, never on the iterator
    heapq.heapify(heap)
    while heap:
        value, idx = heap[0]
        yield value
        for nxt in iterators[idx]:
            heapq.heapreplace(heap, (nxt, idx))
            break
        else:
            heapq.heappop(heap)
