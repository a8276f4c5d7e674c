import weakref


class WeakCache:
    def __init__(self, factory):
        self.factory = factory
        self.store = weakref.WeakValueDictionary()
        self.created = 0
        self.evicted = []

    def _evict(self, obj, key):
        self.evicted.append(key)

    def get(self, key):
        obj = self.store.get(key)
        if obj is None:
            obj = self.factory(key)
            self.created += 1
            self.store[key] = obj
            weakref.finalize(obj, self._evict, obj, key)
        return obj

    def __len__(self):
        return len(self.store)
