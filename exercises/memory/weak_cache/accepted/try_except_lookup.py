from weakref import WeakValueDictionary, finalize
class WeakCache:
    def __init__(self, factory):
        self.factory = factory
        self.created = 0
        self.evicted = []
        self._alive = WeakValueDictionary()
    def _note(self, key):
        self.evicted.append(key)
    def get(self, key):
        try:
            return self._alive[key]
        except KeyError:
            pass
        value = self.factory(key)
        self.created += 1
        self._alive[key] = value
        finalize(value, self._note, key)
        return value
    def __len__(self):
        return sum(1 for _ in self._alive.keys())
