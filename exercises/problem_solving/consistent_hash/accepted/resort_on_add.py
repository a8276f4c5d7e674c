from bisect import bisect_left
from hashlib import md5

def point(label):
    return int.from_bytes(md5(label.encode("utf-8")).digest()[:8], byteorder="big")

class HashRing:
    def __init__(self, nodes=(), *, replicas=100):
        if replicas < 1:
            raise ValueError(replicas)
        self._replicas = replicas
        self._members = {}
        self._keys = []
        self._vals = []
        for n in nodes:
            self.add(n)

    def _rebuild(self):
        pairs = sorted((p, n) for n, ps in self._members.items() for p in ps)
        self._keys = [p for p, _ in pairs]
        self._vals = [n for _, n in pairs]

    def add(self, node):
        if node in self._members:
            raise ValueError(node)
        self._members[node] = [point("%s#%d" % (node, i)) for i in range(self._replicas)]
        self._rebuild()

    def remove(self, node):
        del self._members[node]
        self._rebuild()

    def node_for(self, key):
        if not self._keys:
            raise IndexError("no nodes")
        i = bisect_left(self._keys, point(key)) % len(self._keys)
        return self._vals[i]

    @property
    def nodes(self):
        return sorted(self._members)

    def __len__(self):
        return len(self._members)
