"""Wrong: after a backwards clock it measures from the latest reading, not the largest time seen so far (learner simulation)."""

import time
from collections import defaultdict


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        for value in (rate, capacity):
            if type(value) not in (int, float) or not value > 0:
                raise ValueError("rate and capacity must be numbers > 0")
        self._rate = rate
        self._cap = capacity
        self._clock = clock
        self._level = float(capacity)
        self._stamp = clock()

    def _now_level(self):
        t = self._clock()
        gained = max(0.0, t - self._stamp) * self._rate
        self._stamp = t
        self._level = min(float(self._cap), self._level + gained)
        return self._level

    def _valid(self, cost):
        if type(cost) not in (int, float) or cost <= 0 or cost > self._cap:
            raise ValueError("bad cost %r" % (cost,))

    def allow(self, cost=1):
        self._valid(cost)
        ok = self._now_level() >= cost
        if ok:
            self._level -= cost
        return ok

    def tokens(self):
        return self._now_level()

    def retry_after(self, cost=1):
        self._valid(cost)
        missing = cost - self._now_level()
        return 0 if missing <= 0 else missing / self._rate


class RateLimiter:
    def __init__(self, rate, capacity, clock=time.monotonic):
        TokenBucket(rate, capacity, clock)   # validates the arguments
        self._buckets = defaultdict(lambda: TokenBucket(rate, capacity, clock))

    def allow(self, key, cost=1):
        return self._buckets[key].allow(cost)
