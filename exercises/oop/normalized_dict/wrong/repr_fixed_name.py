"""Wrong: repr always says NormalizedDict-subclass name CaseInsensitiveDict."""
from abc import abstractmethod
from collections.abc import Mapping, MutableMapping


class NormalizedDict(MutableMapping):
    def __init__(self, data=(), /, **kwargs):
        self._store = {}
        self.update(data, **kwargs)

    @abstractmethod
    def normalize(self, key):
        """Return the form under which key is compared."""

    def __getitem__(self, key):
        try:
            return self._store[self.normalize(key)][1]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._store[self.normalize(key)] = (key, value)

    def __delitem__(self, key):
        try:
            del self._store[self.normalize(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return (spelling for spelling, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        mine = {k: v for k, (_, v) in self._store.items()}
        theirs = {self.normalize(k): v for k, v in other.items()}
        return mine == theirs

    def copy(self):
        return type(self)(self)

    def __repr__(self):
        return f"CaseInsensitiveDict({dict(self.items())!r})"


class CaseInsensitiveDict(NormalizedDict):
    def normalize(self, key):
        if not isinstance(key, str):
            raise TypeError(f"keys must be str, not {type(key).__name__}")
        return key.casefold()
