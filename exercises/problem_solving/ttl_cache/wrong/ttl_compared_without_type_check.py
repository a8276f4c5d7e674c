import time
from collections import OrderedDict


class TTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1:
            raise ValueError("capacity must be an int >= 1")
        if ttl <= 0:
            raise ValueError("ttl must be > 0")
        self.capacity = capacity
        self.ttl = ttl
        self.clock = clock
        self._data = OrderedDict()          # key -> (value, expires), LRU order
        self._expiry = OrderedDict()        # key -> expires, in write order (expiry order)

    def _purge(self):
        now = self.clock()
        exp = self._expiry
        while exp:
            key, t = next(iter(exp.items()))
            if t > now:
                break
            exp.popitem(last=False)
            del self._data[key]

    def put(self, key, value):
        self._purge()
        expires = self.clock() + self.ttl
        self._data[key] = (value, expires)
        self._data.move_to_end(key)
        self._expiry.pop(key, None)
        self._expiry[key] = expires
        while len(self._data) > self.capacity:
            old, _ = self._data.popitem(last=False)
            del self._expiry[old]

    def get(self, key, default=None):
        self._purge()
        if key in self._data:
            self._data.move_to_end(key)
            return self._data[key][0]
        return default

    def __contains__(self, key):
        self._purge()
        return key in self._data

    def __len__(self):
        self._purge()
        return len(self._data)

    def keys(self):
        self._purge()
        return list(self._data)
