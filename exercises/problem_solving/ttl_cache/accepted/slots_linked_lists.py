"""Hand-written doubly linked lists: every __slots__ node sits in a recency list and an expiry list."""
import math
import time


class _Node:
    __slots__ = ("key", "value", "expires", "rprev", "rnext", "wprev", "wnext")

    def __init__(self, key=None, value=None, expires=0.0):
        self.key = key
        self.value = value
        self.expires = expires
        self.rprev = self.rnext = self
        self.wprev = self.wnext = self


class TTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        if isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 1:
            raise ValueError("capacity must be a positive int")
        if isinstance(ttl, bool) or not isinstance(ttl, (int, float)) or math.isnan(ttl) or ttl <= 0:
            raise ValueError("ttl must be a positive number")
        self._cap = capacity
        self._ttl = ttl
        self._clock = clock
        self._map = {}
        self._head = _Node()  # sentinel for both lists; head.rnext = LRU, head.wnext = oldest write

    # recency list
    def _r_unlink(self, n):
        n.rprev.rnext = n.rnext
        n.rnext.rprev = n.rprev

    def _r_append(self, n):
        h = self._head
        last = h.rprev
        last.rnext = n
        n.rprev = last
        n.rnext = h
        h.rprev = n

    # write list
    def _w_unlink(self, n):
        n.wprev.wnext = n.wnext
        n.wnext.wprev = n.wprev

    def _w_append(self, n):
        h = self._head
        last = h.wprev
        last.wnext = n
        n.wprev = last
        n.wnext = h
        h.wprev = n

    def _remove(self, n):
        self._r_unlink(n)
        self._w_unlink(n)
        del self._map[n.key]

    def _purge(self):
        now = self._clock()
        self._purge_at(now)
        return now

    def _purge_at(self, now):
        h = self._head
        n = h.wnext
        while n is not h and now >= n.expires:
            nxt = n.wnext
            self._remove(n)
            n = nxt

    def put(self, key, value):
        now = self._purge()
        n = self._map.get(key)
        if n is None:
            n = _Node(key, value, now + self._ttl)
            self._map[key] = n
        else:
            n.value = value
            n.expires = now + self._ttl
            self._r_unlink(n)
            self._w_unlink(n)
        self._r_append(n)
        self._w_append(n)
        if len(self._map) > self._cap:
            self._remove(self._head.rnext)

    def get(self, key, default=None):
        self._purge()
        n = self._map.get(key)
        if n is None:
            return default
        self._r_unlink(n)
        self._r_append(n)
        return n.value

    def __contains__(self, key):
        self._purge()
        return key in self._map

    def __len__(self):
        self._purge()
        return len(self._map)

    def keys(self):
        self._purge()
        out = []
        h = self._head
        n = h.rnext
        while n is not h:
            out.append(n.key)
            n = n.rnext
        return out
