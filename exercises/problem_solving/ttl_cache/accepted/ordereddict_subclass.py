"""TTLCache *is* an OrderedDict (recency order) of key -> (value, expiry); a second one keeps write order."""
import math
import numbers
import time
from collections import OrderedDict


def _valid_capacity(c):
    return isinstance(c, int) and not isinstance(c, bool) and c >= 1


def _valid_ttl(t):
    if isinstance(t, bool) or not isinstance(t, (int, float)):
        return False
    return t > 0  # False for nan


class TTLCache(OrderedDict):
    def __init__(self, capacity, ttl, clock=time.monotonic):
        super().__init__()
        if not _valid_capacity(capacity):
            raise ValueError("capacity must be an int >= 1, got %r" % (capacity,))
        if not _valid_ttl(ttl):
            raise ValueError("ttl must be an int or float > 0, got %r" % (ttl,))
        self.capacity = capacity
        self.ttl = ttl
        self.clock = clock
        self.by_write = OrderedDict()

    def _sweep(self):
        now = self.clock()
        bw = self.by_write
        while bw:
            key = next(iter(bw))
            if now < bw[key]:
                break
            del bw[key]
            OrderedDict.__delitem__(self, key)
        return now

    def put(self, key, value):
        now = self._sweep()
        expires = now + self.ttl
        OrderedDict.__setitem__(self, key, (value, expires))
        self.move_to_end(key)
        self.by_write.pop(key, None)
        self.by_write[key] = expires
        if OrderedDict.__len__(self) > self.capacity:
            old, _ = self.popitem(last=False)
            del self.by_write[old]

    def get(self, key, default=None):
        self._sweep()
        if not OrderedDict.__contains__(self, key):
            return default
        self.move_to_end(key)
        return OrderedDict.__getitem__(self, key)[0]

    def __contains__(self, key):
        self._sweep()
        return OrderedDict.__contains__(self, key)

    def __len__(self):
        self._sweep()
        return OrderedDict.__len__(self)

    def keys(self):
        self._sweep()
        return list(OrderedDict.keys(self))
