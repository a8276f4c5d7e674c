import weakref


class WeakCache:
    def __init__(self, factory):
        self._factory = factory
        self._objects = weakref.WeakValueDictionary()
        self.created = 0
        self.evicted = []

    def get(self, key):
        obj = self._objects.get(key)
        if obj is None:
            obj = self._factory(key)
            self.created += 1
            self._objects[key] = obj
        weakref.finalize(obj, self.evicted.append, key)
        return obj

    def __len__(self):
        return len(self._objects)
