"""Accepted: positions per node remembered, insort on add, rebuilt list on remove."""

import hashlib
from bisect import bisect_left, insort


def point(label):
    return int(hashlib.md5(label.encode()).hexdigest()[:16], 16)


class HashRing:
    def __init__(self, nodes=(), *, replicas=100):
        if not isinstance(replicas, int) or replicas < 1:
            raise ValueError("replicas")
        self._replicas = replicas
        self._vnodes = {}  # node -> its positions
        self._where = {}   # position -> node
        self._sorted = []
        for node in nodes:
            self.add(node)

    def add(self, node):
        if node in self._vnodes:
            raise ValueError(f"duplicate node {node}")
        positions = [point(f"{node}#{i}") for i in range(self._replicas)]
        self._vnodes[node] = positions
        for p in positions:
            self._where[p] = node
            insort(self._sorted, p)

    def remove(self, node):
        positions = set(self._vnodes.pop(node))  # KeyError if unknown
        for p in positions:
            del self._where[p]
        self._sorted = [p for p in self._sorted if p not in positions]

    def node_for(self, key):
        if not self._sorted:
            raise LookupError(key)
        i = bisect_left(self._sorted, point(key))
        return self._where[self._sorted[i if i < len(self._sorted) else 0]]

    @property
    def nodes(self):
        return sorted(self._vnodes)

    def __len__(self):
        return len(self._vnodes)
