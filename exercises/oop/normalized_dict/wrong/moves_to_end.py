"""Wrong: to record the new spelling, __setitem__ deletes the old entry and
adds a new one, which moves the key to the end of the iteration order."""

from abc import abstractmethod
from collections.abc import Mapping, MutableMapping


class NormalizedDict(MutableMapping):
    """A mapping whose keys are compared after normalize(key).

    Subclasses only define normalize(); MutableMapping builds get, pop,
    setdefault, update, ... on the five methods below.
    """

    def __init__(self, data=(), /, **kwargs):
        self._store = {}  # normalized key -> (key as last spelled, value)
        self.update(data, **kwargs)

    @abstractmethod
    def normalize(self, key):
        """Return the form of key used to compare keys."""

    def __getitem__(self, key):
        try:
            return self._store[self.normalize(key)][1]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        norm = self.normalize(key)
        self._store.pop(norm, None)
        self._store[norm] = (key, value)

    def __delitem__(self, key):
        try:
            del self._store[self.normalize(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return (key for key, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        mine = {norm: value for norm, (_, value) in self._store.items()}
        theirs = {self.normalize(key): value for key, value in other.items()}
        return mine == theirs

    def copy(self):
        return type(self)(self)

    def __repr__(self):
        return f"{type(self).__name__}({dict(self.items())!r})"


class CaseInsensitiveDict(NormalizedDict):
    """A NormalizedDict whose str keys ignore case."""

    def normalize(self, key):
        if not isinstance(key, str):
            raise TypeError(f"keys must be str, not {type(key).__name__}")
        return key.casefold()
