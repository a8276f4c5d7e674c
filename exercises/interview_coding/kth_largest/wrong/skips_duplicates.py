"""Ignores a score equal to one already kept: duplicates must count separately."""

import heapq


class KthLargest:
    def __init__(self, k, scores=()):
        if k < 1:
            raise ValueError("k must be at least 1")
        self.k = k
        self.heap = []
        for s in scores:
            self.add(s)

    def add(self, score):
        if score not in self.heap:
            heapq.heappush(self.heap, score)
            if len(self.heap) > self.k:
                heapq.heappop(self.heap)
        return self.heap[0] if len(self.heap) == self.k else None
