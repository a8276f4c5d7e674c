"""Wrong: the order of use is a list, so every hit and eviction is O(n) (list.remove, pop(0))."""

import time


class TTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        if not isinstance(capacity, int) or capacity < 1:
            raise ValueError("capacity")
        if not ttl > 0:
            raise ValueError("ttl")
        self._capacity, self._ttl, self._clock = capacity, ttl, clock
        self._data = {}    # key -> (value, expires)
        self._order = []   # least recently used first
        self._writes = {}  # key -> expires, in write order

    def _purge(self):
        now = self._clock()
        while self._writes:
            key = next(iter(self._writes))
            if self._writes[key] > now:
                break
            del self._writes[key]
            del self._data[key]
            self._order.remove(key)

    def put(self, key, value):
        self._purge()
        if key in self._data:
            self._order.remove(key)
            del self._writes[key]
        expires = self._clock() + self._ttl
        self._data[key] = (value, expires)
        self._writes[key] = expires
        self._order.append(key)
        if len(self._order) > self._capacity:
            oldest = self._order.pop(0)
            del self._data[oldest]
            del self._writes[oldest]

    def get(self, key, default=None):
        self._purge()
        if key not in self._data:
            return default
        self._order.remove(key)
        self._order.append(key)
        return self._data[key][0]

    def __contains__(self, key):
        self._purge()
        return key in self._data

    def __len__(self):
        self._purge()
        return len(self._data)

    def keys(self):
        self._purge()
        return list(self._order)
