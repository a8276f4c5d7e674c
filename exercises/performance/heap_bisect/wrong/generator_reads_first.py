import heapq, bisect
def k_smallest(items, k):
    return heapq.nsmallest(k, items)
def count_between(sorted_items, lo, hi):
    if not hi > lo:
        return 0
    return bisect.bisect_left(sorted_items, hi) - bisect.bisect_left(sorted_items, lo)
def merged(*iterables):
    its = [iter(i) for i in iterables]
    heap = []
    for n, it in enumerate(its):
        for first in it:
            heap.append((first, n, it))
            break
    heapq.heapify(heap)
    def gen():
        while heap:
            v, n, it = heapq.heappop(heap)
            yield v
            for nx in it:
                heapq.heappush(heap, (nx, n, it))
                break
    return gen()
