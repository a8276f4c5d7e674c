"""Plain dict of records plus two deques (recency, writes) of stamped keys; stale stamps are skipped."""
import math
import time
from collections import deque


class TTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        if not (type(capacity) is int and capacity >= 1):
            raise ValueError("invalid capacity")
        if type(ttl) not in (int, float) or not (ttl > 0):
            raise ValueError("invalid ttl")
        self._capacity = capacity
        self._ttl = ttl
        self._clock = clock
        self._store = {}        # key -> [value, expiry, use_stamp, write_stamp]
        self._uses = deque()    # (use_stamp, key), oldest use first
        self._writes = deque()  # (write_stamp, key, expiry), oldest write first
        self._tick = 0

    def _next(self):
        self._tick += 1
        return self._tick

    def _prune(self, now):
        store, writes = self._store, self._writes
        while writes and now >= writes[0][2]:
            stamp, key, _ = writes.popleft()
            rec = store.get(key)
            if rec is not None and rec[3] == stamp:
                del store[key]
        # compact deques that are mostly stale (amortized O(1))
        limit = 2 * len(store) + 16
        if len(self._uses) > limit:
            self._uses = deque(u for u in self._uses
                               if u[1] in store and store[u[1]][2] == u[0])
        if len(writes) > limit:
            self._writes = deque(w for w in writes
                                 if w[1] in store and store[w[1]][3] == w[0])

    def _pop_lru(self):
        store, uses = self._store, self._uses
        while True:
            stamp, key = uses.popleft()
            rec = store.get(key)
            if rec is not None and rec[2] == stamp:
                del store[key]
                return

    def put(self, key, value):
        now = self._clock()
        self._prune(now)
        u, w = self._next(), self._next()
        expiry = now + self._ttl
        self._store[key] = [value, expiry, u, w]
        self._uses.append((u, key))
        self._writes.append((w, key, expiry))
        if len(self._store) > self._capacity:
            self._pop_lru()

    def get(self, key, default=None):
        self._prune(self._clock())
        rec = self._store.get(key)
        if rec is None:
            return default
        rec[2] = self._next()
        self._uses.append((rec[2], key))
        return rec[0]

    def __contains__(self, key):
        self._prune(self._clock())
        return key in self._store

    def __len__(self):
        self._prune(self._clock())
        return len(self._store)

    def keys(self):
        self._prune(self._clock())
        store = self._store
        return [k for s, k in self._uses if k in store and store[k][2] == s]
