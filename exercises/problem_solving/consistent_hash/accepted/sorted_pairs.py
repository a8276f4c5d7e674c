"""Accepted: one sorted list of (position, node) pairs, re-sorted on every change."""

import bisect
import hashlib


def point(label):
    digest = hashlib.md5(label.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], byteorder="big")


class HashRing:
    def __init__(self, nodes=(), *, replicas=100):
        if replicas < 1:
            raise ValueError("replicas must be >= 1")
        self.replicas = replicas
        self._members = []
        self._ring = []
        self._keys = []
        for n in nodes:
            self.add(n)

    def add(self, node):
        if node in self._members:
            raise ValueError(node)
        self._members.append(node)
        self._ring.extend((point("%s#%d" % (node, i)), node) for i in range(self.replicas))
        self._ring.sort()
        self._keys = [p for p, _ in self._ring]

    def remove(self, node):
        try:
            self._members.remove(node)
        except ValueError:
            raise KeyError(node) from None
        self._ring = [pair for pair in self._ring if pair[1] != node]
        self._keys = [p for p, _ in self._ring]

    def node_for(self, key):
        if not self._ring:
            raise KeyError(key)
        i = bisect.bisect_left(self._keys, point(key)) % len(self._keys)
        return self._ring[i][1]

    @property
    def nodes(self):
        return sorted(self._members)

    def __len__(self):
        return len(self._members)
