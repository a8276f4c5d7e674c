"""Wrong: every operation scans all entries for expired ones (O(n) per operation)."""

import time
from collections import OrderedDict


class TTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        if not isinstance(capacity, int) or capacity < 1:
            raise ValueError("capacity")
        if not ttl > 0:
            raise ValueError("ttl")
        self._capacity, self._ttl, self._clock = capacity, ttl, clock
        self._data = OrderedDict()  # key -> (value, expires), LRU order

    def _purge(self):
        now = self._clock()
        for key in [k for k, (_, exp) in self._data.items() if exp <= now]:
            del self._data[key]

    def put(self, key, value):
        self._purge()
        self._data[key] = (value, self._clock() + self._ttl)
        self._data.move_to_end(key)
        if len(self._data) > self._capacity:
            self._data.popitem(last=False)

    def get(self, key, default=None):
        self._purge()
        if key not in self._data:
            return default
        self._data.move_to_end(key)
        return self._data[key][0]

    def __contains__(self, key):
        self._purge()
        return key in self._data

    def __len__(self):
        self._purge()
        return len(self._data)

    def keys(self):
        self._purge()
        return list(self._data)
