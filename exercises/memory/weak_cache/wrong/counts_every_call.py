import weakref


class WeakCache:
    def __init__(self, factory):
        self.factory = factory
        self.store = weakref.WeakValueDictionary()
        self.created = 0
        self.evicted = []

    def get(self, key):
        new = self.factory(key)
        self.created += 1
        obj = self.store.setdefault(key, new)
        if obj is new:
            weakref.finalize(obj, self.evicted.append, key)
        return obj

    def __len__(self):
        return len(self.store)
