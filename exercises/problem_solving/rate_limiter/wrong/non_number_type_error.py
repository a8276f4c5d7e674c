import time
import numbers


def _positive(x, what):
    if not x > 0:
        raise ValueError(f"{what} must be a number > 0")


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        _positive(rate, "rate")
        _positive(capacity, "capacity")
        self.rate = rate
        self.capacity = capacity
        self.clock = clock
        self._tokens = capacity
        self._last = clock()

    def _refill(self):
        now = self.clock()
        if now > self._last:
            self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
            self._last = now

    def _check(self, cost):
        if not (0 < cost <= self.capacity):
            raise ValueError("cost must satisfy 0 < cost <= capacity")

    def allow(self, cost=1):
        self._check(cost)
        self._refill()
        if self._tokens >= cost:
            self._tokens -= cost
            return True
        return False

    def tokens(self):
        self._refill()
        return self._tokens

    def retry_after(self, cost=1):
        self._check(cost)
        self._refill()
        if self._tokens >= cost:
            return 0
        return (cost - self._tokens) / self.rate


class RateLimiter:
    def __init__(self, rate, capacity, clock=time.monotonic):
        TokenBucket(rate, capacity, clock)  # validate
        self.rate, self.capacity, self.clock = rate, capacity, clock
        self.buckets = {}

    def allow(self, key, cost=1):
        b = self.buckets.get(key)
        if b is None:
            b = self.buckets[key] = TokenBucket(self.rate, self.capacity, self.clock)
        return b.allow(cost)
