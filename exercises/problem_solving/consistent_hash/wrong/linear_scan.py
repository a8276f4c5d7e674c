"""Wrong: node_for scans every position instead of binary-searching."""

import bisect
import hashlib


def point(label):
    """The ring position of a string: the first 8 bytes of its MD5, big-endian."""
    return int.from_bytes(hashlib.md5(label.encode("utf-8")).digest()[:8], "big")


class HashRing:
    """Consistent hashing with `replicas` virtual nodes per node."""

    def __init__(self, nodes=(), *, replicas=100):
        if replicas < 1:
            raise ValueError(f"replicas must be at least 1, not {replicas!r}")
        self._replicas = replicas
        self._points = []  # sorted ring positions
        self._owner = {}  # position -> node
        self._nodes = set()
        for node in nodes:
            self.add(node)

    def add(self, node):
        if node in self._nodes:
            raise ValueError(f"{node!r} is already on the ring")
        self._nodes.add(node)
        for i in range(self._replicas):
            p = point(f"{node}#{i}")
            self._owner[p] = node
            bisect.insort(self._points, p)

    def remove(self, node):
        if node not in self._nodes:
            raise KeyError(node)
        self._nodes.remove(node)
        for i in range(self._replicas):
            p = point(f"{node}#{i}")
            del self._owner[p]
            del self._points[bisect.bisect_left(self._points, p)]

    def node_for(self, key):
        if not self._points:
            raise LookupError("the ring is empty")
        # The first virtual node at or after the key's position, clockwise;
        # past the last one, wrap around to the first.
        h = point(key)
        for p in self._points:
            if p >= h:
                return self._owner[p]
        return self._owner[self._points[0]]

    @property
    def nodes(self):
        return sorted(self._nodes)

    def __len__(self):
        return len(self._nodes)
