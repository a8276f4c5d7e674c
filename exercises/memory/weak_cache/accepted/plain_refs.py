import weakref


class WeakCache:
    """Plain dict of weakref.ref plus finalize; no WeakValueDictionary."""

    def __init__(self, factory):
        self.factory = factory
        self.refs = {}
        self.created = 0
        self.evicted = []

    def _gone(self, key):
        self.refs.pop(key, None)
        self.evicted.append(key)

    def get(self, key):
        r = self.refs.get(key)
        obj = r() if r is not None else None
        if obj is not None:
            return obj
        obj = self.factory(key)
        self.created = self.created + 1
        self.refs[key] = weakref.ref(obj)
        weakref.finalize(obj, self._gone, key)
        return obj

    def __len__(self):
        return sum(1 for r in self.refs.values() if r() is not None)
