"""Reference solution for memory/weak_cache."""

import weakref


class WeakCache:
    def __init__(self, factory):
        self._factory = factory
        self._live = weakref.WeakValueDictionary()
        self.created = 0
        self.evicted = []

    def get(self, key):
        obj = self._live.get(key)  # a strong reference from here on, so it cannot vanish
        if obj is None:
            obj = self._factory(key)
            self.created += 1
            self._live[key] = obj
            # The callback and its argument refer to the key only, never to obj.
            weakref.finalize(obj, self.evicted.append, key)
        return obj

    def __len__(self):
        return len(self._live)
