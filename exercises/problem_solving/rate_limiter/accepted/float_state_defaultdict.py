"""Accepted: float state, retry_after via allow-free arithmetic, a defaultdict of buckets."""

import time
from collections import defaultdict


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        if not all(isinstance(v, (int, float)) for v in (rate, capacity)) or rate <= 0 or capacity <= 0:
            raise ValueError("rate and capacity must be positive")
        self.rate = float(rate)
        self.capacity = float(capacity)
        self.clock = clock
        self.level = self.capacity
        self.stamp = clock()

    def _update(self):
        now = self.clock()
        elapsed = now - self.stamp
        if elapsed < 0:
            elapsed = 0.0
        self.level = min(self.capacity, self.level + elapsed * self.rate)
        self.stamp = max(self.stamp, now)

    def _valid(self, cost):
        if not isinstance(cost, (int, float)) or cost <= 0 or cost > self.capacity:
            raise ValueError("bad cost")

    def allow(self, cost=1):
        self._valid(cost)
        self._update()
        ok = self.level >= cost
        if ok:
            self.level -= cost
        return ok

    def tokens(self):
        self._update()
        return self.level

    def retry_after(self, cost=1):
        self._valid(cost)
        self._update()
        return max(0.0, (cost - self.level) / self.rate)


class RateLimiter:
    def __init__(self, rate, capacity, clock=time.monotonic):
        TokenBucket(rate, capacity, clock)  # validates the arguments
        self._buckets = defaultdict(lambda: TokenBucket(rate, capacity, clock))

    def allow(self, key, cost=1):
        return self._buckets[key].allow(cost)
