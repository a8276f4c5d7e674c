# Wrong: len(cache) returns how many objects were ever created, not how many remembered objects are still alive.
import weakref


class WeakCache:
    def __init__(self, factory):
        self._factory = factory
        self._items = weakref.WeakValueDictionary()
        self.created = 0
        self.evicted = []

    def get(self, key):
        obj = self._items.get(key)
        if obj is None:
            obj = self._factory(key)
            self.created += 1
            self._items[key] = obj
            weakref.finalize(obj, self.evicted.append, key)
        return obj

    def __len__(self):
        return self.created
