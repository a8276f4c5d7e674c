"""Reference solution for problem_solving/ttl_cache."""

import numbers
import time
from collections import OrderedDict


class TTLCache:
    """An LRU cache whose entries also expire `ttl` seconds after they were written."""

    def __init__(self, capacity, ttl, clock=time.monotonic):
        if type(capacity) is not int or capacity < 1:
            raise ValueError(f"capacity must be an int >= 1, not {capacity!r}")
        if isinstance(ttl, bool) or not isinstance(ttl, numbers.Real) or not ttl > 0:
            raise ValueError(f"ttl must be a real number > 0, not {ttl!r}")
        self._capacity = capacity
        self._ttl = ttl
        self._clock = clock
        # Two orders over the same keys.  Every entry lives the same ttl, so
        # the order of expiry is the order of writing: expired entries are
        # always at the front of _by_write and purging them costs O(1) per
        # entry ever written.  _by_use is the LRU order (front = least recent).
        self._by_write = OrderedDict()  # key -> expiry time
        self._by_use = OrderedDict()  # key -> value

    def _purge(self):
        now = self._clock()
        while self._by_write:
            key, expires = next(iter(self._by_write.items()))
            if now < expires:
                break
            del self._by_write[key]
            del self._by_use[key]

    def put(self, key, value):
        self._purge()
        self._by_write.pop(key, None)
        self._by_write[key] = self._clock() + self._ttl
        self._by_use[key] = value
        self._by_use.move_to_end(key)
        if len(self._by_use) > self._capacity:
            oldest, _ = self._by_use.popitem(last=False)
            del self._by_write[oldest]

    def get(self, key, default=None):
        self._purge()
        if key not in self._by_use:
            return default
        self._by_use.move_to_end(key)
        return self._by_use[key]

    def __contains__(self, key):
        self._purge()
        return key in self._by_use

    def __len__(self):
        self._purge()
        return len(self._by_use)

    def keys(self):
        self._purge()
        return list(self._by_use)
