"""WRONG: get reads time.monotonic() directly instead of the injected clock."""
import math
import time
from collections import OrderedDict


class TTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        if isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 1:
            raise ValueError("capacity must be an int >= 1")
        if (isinstance(ttl, bool) or not isinstance(ttl, (int, float))
                or math.isnan(ttl) or not ttl > 0):
            raise ValueError("ttl must be a real number > 0")
        self._capacity = capacity
        self._ttl = ttl
        self._clock = clock
        self._values = OrderedDict()   # key -> value, least recently used first
        self._expiry = OrderedDict()   # key -> expiry time, oldest write first

    def _purge(self, now):
        expiry = self._expiry
        while expiry:
            key, exp = next(iter(expiry.items()))
            if now < exp:
                break
            expiry.popitem(last=False)
            del self._values[key]

    def put(self, key, value):
        now = self._clock()
        self._purge(now)
        self._values[key] = value
        self._values.move_to_end(key)
        self._expiry[key] = now + self._ttl
        self._expiry.move_to_end(key)
        if len(self._values) > self._capacity:
            old, _ = self._values.popitem(last=False)
            del self._expiry[old]

    def get(self, key, default=None):
        self._purge(time.monotonic())
        if key not in self._values:
            return default
        self._values.move_to_end(key)
        return self._values[key]

    def __contains__(self, key):
        self._purge(self._clock())
        return key in self._values

    def __len__(self):
        self._purge(self._clock())
        return len(self._values)

    def keys(self):
        self._purge(self._clock())
        return list(self._values)
