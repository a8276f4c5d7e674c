"""Never checks k: KthLargest(0) is created instead of raising ValueError."""

import heapq


class KthLargest:
    def __init__(self, k, scores=()):
        self.k = k
        self.heap = []
        for s in scores:
            self.add(s)

    def add(self, score):
        heapq.heappush(self.heap, score)
        if len(self.heap) > self.k:
            heapq.heappop(self.heap)
        return self.heap[0] if len(self.heap) == self.k and self.heap else None
