"""Wrong: plain dicts (insertion-ordered) for both orders, re-inserting to
move a key to the end.  It behaves correctly, but it is not constant time in
CPython: a dict deleted from the front keeps the deleted slots until it
resizes, and next(iter(d)) walks over all of them, so each operation costs
more the more entries the cache holds (about 8 times more at 50 000 than at
500).  This file used to be accepted; the old case took the best of three
short timings, which sometimes fell just after a resize and passed it."""

import time


class TTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        if type(capacity) is not int or capacity < 1:
            raise ValueError("capacity must be a positive int")
        if type(ttl) not in (int, float) or not ttl > 0:
            raise ValueError("ttl must be positive")
        self.capacity, self.ttl, self.clock = capacity, ttl, clock
        self.values = {}    # LRU order: first key = least recently used
        self.expiry = {}    # write order: first key = first to expire

    def _expire(self):
        now = self.clock()
        while self.expiry:
            key = next(iter(self.expiry))
            if self.expiry[key] > now:
                break
            del self.expiry[key]
            del self.values[key]

    def put(self, key, value):
        self._expire()
        self.expiry.pop(key, None)
        self.values.pop(key, None)
        self.expiry[key] = self.clock() + self.ttl
        self.values[key] = value
        if len(self.values) > self.capacity:
            victim = next(iter(self.values))
            del self.values[victim]
            del self.expiry[victim]

    def get(self, key, default=None):
        self._expire()
        if key in self.values:
            value = self.values.pop(key)
            self.values[key] = value
            return value
        return default

    def __contains__(self, key):
        self._expire()
        return key in self.values

    def __len__(self):
        self._expire()
        return len(self.values)

    def keys(self):
        self._expire()
        return list(self.values)
