"""One OrderedDict for recency plus a deque of write records (expiry, key, stamp), deleted lazily."""
import math
import time
from collections import OrderedDict, deque
from itertools import count


class TTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        if type(capacity) is bool or not isinstance(capacity, int):
            raise ValueError(f"bad capacity: {capacity!r}")
        if capacity < 1:
            raise ValueError(f"bad capacity: {capacity!r}")
        if type(ttl) is bool or not isinstance(ttl, (int, float)):
            raise ValueError(f"bad ttl: {ttl!r}")
        if ttl != ttl or ttl <= 0:
            raise ValueError(f"bad ttl: {ttl!r}")
        self.capacity = capacity
        self.ttl = ttl
        self.clock = clock
        self.data = OrderedDict()  # key -> (value, expiry, stamp)
        self.writes = deque()      # (expiry, key, stamp) in write order
        self.stamps = count()

    def _expire(self, now):
        writes, data = self.writes, self.data
        while writes and writes[0][0] <= now:
            _, key, stamp = writes.popleft()
            entry = data.get(key)
            if entry is not None and entry[2] == stamp:
                del data[key]
        # keep the deque from filling with stale records of rewritten keys
        if len(writes) > 2 * len(data) + 32:
            self.writes = deque(
                (exp, key, stamp) for exp, key, stamp in writes
                if data.get(key, (None, None, None))[2] == stamp
            )

    def put(self, key, value):
        now = self.clock()
        self._expire(now)
        stamp = next(self.stamps)
        expiry = now + self.ttl
        self.data[key] = (value, expiry, stamp)
        self.data.move_to_end(key)
        self.writes.append((expiry, key, stamp))
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)

    def get(self, key, default=None):
        self._expire(self.clock())
        entry = self.data.get(key)
        if entry is None:
            return default
        self.data.move_to_end(key)
        return entry[0]

    def __contains__(self, key):
        self._expire(self.clock())
        return key in self.data

    def __len__(self):
        self._expire(self.clock())
        return len(self.data)

    def keys(self):
        self._expire(self.clock())
        return list(self.data.keys())
