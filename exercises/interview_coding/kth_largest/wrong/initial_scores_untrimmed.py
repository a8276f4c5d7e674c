"""Heapifies the initial scores but never trims them to k: with more than k
initial scores the heap's top is no longer the k-th largest."""

import heapq


class KthLargest:
    def __init__(self, k, scores=()):
        if k < 1:
            raise ValueError("k must be at least 1")
        self.k = k
        self.heap = list(scores)
        heapq.heapify(self.heap)

    def add(self, score):
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, score)
        elif score > self.heap[0]:
            heapq.heapreplace(self.heap, score)
        return self.heap[0] if len(self.heap) >= self.k else None
