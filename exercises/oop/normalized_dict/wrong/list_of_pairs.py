"""Wrong: keeps the entries in a list of [spelling, value] pairs and scans it on every lookup (O(n))."""
from abc import abstractmethod
from collections.abc import Mapping, MutableMapping


class NormalizedDict(MutableMapping):
    def __init__(self, data=(), /, **kwargs):
        self._items = []
        self.update(data, **kwargs)

    @abstractmethod
    def normalize(self, key):
        ...

    def _find(self, key):
        norm = self.normalize(key)
        for i, (k, _) in enumerate(self._items):
            if self.normalize(k) == norm:
                return i
        return -1

    def __getitem__(self, key):
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return self._items[i][1]

    def __setitem__(self, key, value):
        i = self._find(key)
        if i < 0:
            self._items.append([key, value])
        else:
            self._items[i] = [key, value]

    def __delitem__(self, key):
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        del self._items[i]

    def __iter__(self):
        return iter([k for k, _ in self._items])

    def __len__(self):
        return len(self._items)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return {self.normalize(k): v for k, v in self._items} == {self.normalize(k): v for k, v in other.items()}

    def copy(self):
        return type(self)(self)

    def __repr__(self):
        return f"{type(self).__name__}({dict(self.items())!r})"


class CaseInsensitiveDict(NormalizedDict):
    def normalize(self, key):
        if not isinstance(key, str):
            raise TypeError("str keys only")
        return key.casefold()
