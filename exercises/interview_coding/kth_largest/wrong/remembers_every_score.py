"""Right answers, but keeps every score ever added (to count them), so its
memory grows with the stream instead of staying at k scores."""

import heapq


class KthLargest:
    def __init__(self, k, scores=()):
        if k < 1:
            raise ValueError("k must be at least 1")
        self.k = k
        self.seen = []
        self.heap = []
        for s in scores:
            self.add(s)

    def add(self, score):
        self.seen.append(score)
        heapq.heappush(self.heap, score)
        if len(self.heap) > self.k:
            heapq.heappop(self.heap)
        if len(self.seen) < self.k:
            return None
        return self.heap[0]
