"""Reference solution for interview_coding/kth_largest."""

import heapq


class KthLargest:
    """The k-th largest score of a stream, kept with a min-heap of the k best."""

    def __init__(self, k, scores=()):
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k!r}")
        self._k = k
        self._best = []  # a min-heap of the k largest scores so far
        for score in scores:
            self.add(score)

    def add(self, score):
        """Add one score; return the k-th largest so far, or None before k scores."""
        if len(self._best) < self._k:
            heapq.heappush(self._best, score)
        elif score > self._best[0]:
            # the smallest of the k best drops out: one O(log k) step
            heapq.heapreplace(self._best, score)
        return self._best[0] if len(self._best) == self._k else None
