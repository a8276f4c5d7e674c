from weakref import WeakValueDictionary, finalize


class WeakCache:
    def __init__(self, factory):
        self.factory = factory
        self.store = WeakValueDictionary()
        self.created = 0
        self.evicted = []

    def get(self, key):
        try:
            return self.store[key]
        except KeyError:
            pass
        value = self.store[key] = self.factory(key)
        self.created += 1
        evicted = self.evicted
        finalize(value, lambda: evicted.append(key))
        return value

    def __len__(self):
        return len(self.store)
