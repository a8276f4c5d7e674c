import weakref


class WeakCache:
    def __init__(self, factory):
        self.factory = factory
        self.store = {}
        self.created = 0
        self.evicted = []

    def get(self, key):
        if key not in self.store:
            self.store[key] = self.factory(key)
            self.created += 1
            weakref.finalize(self.store[key], self.evicted.append, key)
        return self.store[key]

    def __len__(self):
        return len(self.store)
