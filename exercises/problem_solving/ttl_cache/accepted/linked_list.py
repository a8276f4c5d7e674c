"""Accepted: a hand-made doubly linked list for LRU order and a deque of writes for expiry."""

import time
from collections import deque


class _Node:
    __slots__ = ("key", "value", "expires", "prev", "next")

    def __init__(self, key, value, expires):
        self.key, self.value, self.expires = key, value, expires
        self.prev = self.next = None


class TTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1:
            raise ValueError("capacity")
        try:
            ok = not isinstance(ttl, bool) and ttl > 0
        except TypeError:
            ok = False
        if not ok:
            raise ValueError("ttl")
        self._cap, self._ttl, self._clock = capacity, ttl, clock
        self._map = {}
        self._head = _Node(None, None, None)  # sentinel: head.next is the LRU entry
        self._head.prev = self._head.next = self._head
        self._writes = deque()  # (expires, node), in write order

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _append(self, node):
        last = self._head.prev
        last.next = node
        node.prev, node.next = last, self._head
        self._head.prev = node

    def _drop_expired(self):
        now = self._clock()
        while self._writes and self._writes[0][0] <= now:
            expires, node = self._writes.popleft()
            # a rewritten or evicted node leaves a stale record behind: skip it
            if self._map.get(node.key) is node and node.expires == expires:
                del self._map[node.key]
                self._unlink(node)

    def put(self, key, value):
        self._drop_expired()
        old = self._map.pop(key, None)
        if old is not None:
            self._unlink(old)
        node = _Node(key, value, self._clock() + self._ttl)
        self._map[key] = node
        self._append(node)
        self._writes.append((node.expires, node))
        if len(self._map) > self._cap:
            lru = self._head.next
            self._unlink(lru)
            del self._map[lru.key]
        # stale records are bounded: compact when they dominate
        if len(self._writes) > 2 * len(self._map) + 16:
            self._writes = deque(
                (n.expires, n) for _, n in self._writes if self._map.get(n.key) is n
            )

    def get(self, key, default=None):
        self._drop_expired()
        node = self._map.get(key)
        if node is None:
            return default
        self._unlink(node)
        self._append(node)
        return node.value

    def __contains__(self, key):
        self._drop_expired()
        return key in self._map

    def __len__(self):
        self._drop_expired()
        return len(self._map)

    def keys(self):
        self._drop_expired()
        out, node = [], self._head.next
        while node is not self._head:
            out.append(node.key)
            node = node.next
        return out
