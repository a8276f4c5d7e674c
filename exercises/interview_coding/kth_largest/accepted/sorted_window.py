"""A sorted list of the k best with binary insertion (bisect.insort): O(log k)
comparisons per add, plus a shift of the list that is a fast memory move."""

import bisect


class KthLargest:
    def __init__(self, k, scores=()):
        if k < 1:
            raise ValueError("k must be at least 1")
        self.k = k
        self.window = []  # ascending; window[0] is the k-th largest once full
        for s in scores:
            self.add(s)

    def add(self, score):
        if len(self.window) < self.k:
            bisect.insort(self.window, score)
        elif score > self.window[0]:
            del self.window[0]
            bisect.insort(self.window, score)
        return self.window[0] if len(self.window) == self.k else None
