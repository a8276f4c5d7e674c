"""Heapify the first scores, pop down to k, then heappushpop on each add."""

from heapq import heapify, heappop, heappush, heappushpop


class KthLargest:
    def __init__(self, k, scores=()):
        if k < 1:
            raise ValueError("k must be positive")
        self.k = k
        self.heap = list(scores)
        heapify(self.heap)
        while len(self.heap) > k:
            heappop(self.heap)

    def add(self, score):
        if len(self.heap) < self.k:
            heappush(self.heap, score)
        else:
            heappushpop(self.heap, score)
        if len(self.heap) < self.k:
            return None
        return self.heap[0]
