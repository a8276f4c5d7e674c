"""Accepted: the limiter stores (tokens, last) tuples itself; the bucket is a one-key limiter."""

import time


class RateLimiter:
    def __init__(self, rate, capacity, clock=time.monotonic):
        if not (isinstance(rate, (int, float)) and isinstance(capacity, (int, float)) and rate > 0 and capacity > 0):
            raise ValueError("rate and capacity must be > 0")
        self.rate, self.capacity, self.clock = rate, capacity, clock
        self.state = {}

    def _level(self, key):
        now = self.clock()
        if key not in self.state:
            self.state[key] = (self.capacity, now)
        tokens, last = self.state[key]
        if now > last:
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            last = now
        self.state[key] = (tokens, last)
        return tokens

    def _cost_ok(self, cost):
        if not (isinstance(cost, (int, float)) and 0 < cost <= self.capacity):
            raise ValueError("cost out of range")

    def allow(self, key, cost=1):
        self._cost_ok(cost)
        tokens = self._level(key)
        if tokens < cost:
            return False
        self.state[key] = (tokens - cost, self.state[key][1])
        return True


class TokenBucket:
    _KEY = object()

    def __init__(self, rate, capacity, clock=time.monotonic):
        self._limiter = RateLimiter(rate, capacity, clock)
        self._limiter._level(self._KEY)  # full, at creation time

    def allow(self, cost=1):
        return self._limiter.allow(self._KEY, cost)

    def tokens(self):
        return self._limiter._level(self._KEY)

    def retry_after(self, cost=1):
        self._limiter._cost_ok(cost)
        tokens = self._limiter._level(self._KEY)
        return 0 if tokens >= cost else (cost - tokens) / self._limiter.rate
