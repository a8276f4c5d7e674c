"""Correct answers, but keeps the k best in a plain list and finds its minimum
with min() on every add: O(k) per add, quadratic over a stream when k grows
with it."""


class KthLargest:
    def __init__(self, k, scores=()):
        if k < 1:
            raise ValueError("k must be at least 1")
        self.k = k
        self.top = []
        for s in scores:
            self.add(s)

    def add(self, score):
        if len(self.top) < self.k:
            self.top.append(score)
        else:
            smallest = min(self.top)
            if score > smallest:
                self.top.remove(smallest)
                self.top.append(score)
        return min(self.top) if len(self.top) == self.k else None
