"""Decides "fewer than k scores" before adding the new one: the k-th add
still returns None."""

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
        full = len(self.heap) >= self.k
        heapq.heappush(self.heap, score)
        if len(self.heap) > self.k:
            heapq.heappop(self.heap)
        return self.heap[0] if full else None
