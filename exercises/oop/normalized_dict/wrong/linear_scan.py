"""Wrong: keeps a list of [key, value] pairs and finds a key by normalizing
every stored key in turn: correct, but every lookup is O(n)."""

from abc import abstractmethod
from collections.abc import Mapping, MutableMapping


class NormalizedDict(MutableMapping):
    def __init__(self, data=(), /, **kwargs):
        self._pairs = []
        self.update(data, **kwargs)

    @abstractmethod
    def normalize(self, key):
        ...

    def _index(self, key):
        norm = self.normalize(key)
        for i, (k, _) in enumerate(self._pairs):
            if self.normalize(k) == norm:
                return i
        return -1

    def __getitem__(self, key):
        i = self._index(key)
        if i < 0:
            raise KeyError(key)
        return self._pairs[i][1]

    def __setitem__(self, key, value):
        i = self._index(key)
        if i < 0:
            self._pairs.append([key, value])
        else:
            self._pairs[i] = [key, value]

    def __delitem__(self, key):
        i = self._index(key)
        if i < 0:
            raise KeyError(key)
        del self._pairs[i]

    def __iter__(self):
        return iter([k for k, _ in self._pairs])

    def __len__(self):
        return len(self._pairs)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        mine = {self.normalize(k): v for k, v in self._pairs}
        theirs = {self.normalize(k): v for k, v in other.items()}
        return mine == theirs

    def copy(self):
        return type(self)(self)

    def __repr__(self):
        return f"{type(self).__name__}({dict(self.items())!r})"


class CaseInsensitiveDict(NormalizedDict):
    def normalize(self, key):
        if not isinstance(key, str):
            raise TypeError("keys must be str")
        return key.casefold()
