import weakref


class WeakCache:
    """Records an eviction when a miss is noticed, not when the object is freed."""

    def __init__(self, factory):
        self.factory = factory
        self.store = weakref.WeakValueDictionary()
        self.seen = set()
        self.created = 0
        self.evicted = []

    def get(self, key):
        obj = self.store.get(key)
        if obj is None:
            if key in self.seen:
                self.evicted.append(key)
            self.seen.add(key)
            obj = self.factory(key)
            self.created += 1
            self.store[key] = obj
        return obj

    def __len__(self):
        return len(self.store)
