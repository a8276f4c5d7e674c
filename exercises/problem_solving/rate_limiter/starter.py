"""A token-bucket rate limiter: see `grader show problem_solving/rate_limiter`."""

import time


class TokenBucket:
    def __init__(self, rate, capacity, clock=time.monotonic):
        raise NotImplementedError("write TokenBucket")

    def allow(self, cost=1):
        raise NotImplementedError

    def tokens(self):
        raise NotImplementedError

    def retry_after(self, cost=1):
        raise NotImplementedError


class RateLimiter:
    def __init__(self, rate, capacity, clock=time.monotonic):
        raise NotImplementedError("write RateLimiter")

    def allow(self, key, cost=1):
        raise NotImplementedError
