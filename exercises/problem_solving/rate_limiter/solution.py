"""Reference solution for problem_solving/rate_limiter."""

import numbers
import time


def _check_positive(name, value):
    if not isinstance(value, numbers.Real) or not value > 0:
        raise ValueError(f"{name} must be > 0, not {value!r}")


class TokenBucket:
    """At most `capacity` tokens, refilled continuously at `rate` per second."""

    def __init__(self, rate, capacity, clock=time.monotonic):
        _check_positive("rate", rate)
        _check_positive("capacity", capacity)
        self._rate = rate
        self._capacity = capacity
        self._clock = clock
        self._tokens = capacity
        self._last = clock()

    def _refill(self):
        # Lazy refill: nothing runs between calls, the clock says how long
        # it has been.  A clock that goes backwards adds nothing, and the
        # largest time seen so far stays the reference.
        now = self._clock()
        if now > self._last:
            self._tokens = min(self._capacity, self._tokens + (now - self._last) * self._rate)
            self._last = now

    def _check_cost(self, cost):
        if not isinstance(cost, numbers.Real) or not 0 < cost <= self._capacity:
            raise ValueError(f"cost must be in (0, {self._capacity}], not {cost!r}")

    def allow(self, cost=1):
        self._check_cost(cost)
        self._refill()
        if self._tokens >= cost:
            self._tokens -= cost
            return True
        return False

    def tokens(self):
        self._refill()
        return self._tokens

    def retry_after(self, cost=1):
        self._check_cost(cost)
        self._refill()
        missing = cost - self._tokens
        return 0 if missing <= 0 else missing / self._rate


class RateLimiter:
    """One token bucket per key, created full the first time the key is seen."""

    def __init__(self, rate, capacity, clock=time.monotonic):
        _check_positive("rate", rate)
        _check_positive("capacity", capacity)
        self._rate = rate
        self._capacity = capacity
        self._clock = clock
        self._buckets = {}

    def allow(self, key, cost=1):
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = TokenBucket(self._rate, self._capacity, self._clock)
        return bucket.allow(cost)
