"""Wrong: hash(key) % n over the sorted nodes: adding a node moves most keys."""

import hashlib


def point(label):
    return int.from_bytes(hashlib.md5(label.encode("utf-8")).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes=(), *, replicas=100):
        if replicas < 1:
            raise ValueError("replicas")
        self._nodes = []
        for n in nodes:
            self.add(n)

    def add(self, node):
        if node in self._nodes:
            raise ValueError(node)
        self._nodes.append(node)
        self._nodes.sort()

    def remove(self, node):
        if node not in self._nodes:
            raise KeyError(node)
        self._nodes.remove(node)

    def node_for(self, key):
        if not self._nodes:
            raise LookupError(key)
        return self._nodes[point(key) % len(self._nodes)]

    @property
    def nodes(self):
        return list(self._nodes)

    def __len__(self):
        return len(self._nodes)
