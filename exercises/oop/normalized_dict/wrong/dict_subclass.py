"""Wrong: subclasses dict and overrides a few methods. dict's own C methods
(the constructor, get, update, setdefault, pop, ...) never call the
overrides, and dict.__new__ does not even enforce @abstractmethod."""

from abc import ABCMeta, abstractmethod


class NormalizedDict(dict, metaclass=ABCMeta):
    def __init__(self, data=(), /, **kwargs):
        super().__init__(data, **kwargs)

    @abstractmethod
    def normalize(self, key):
        ...

    def __getitem__(self, key):
        return super().__getitem__(self.normalize(key))

    def __setitem__(self, key, value):
        super().__setitem__(self.normalize(key), value)

    def __delitem__(self, key):
        super().__delitem__(self.normalize(key))

    def __contains__(self, key):
        return super().__contains__(self.normalize(key))

    def copy(self):
        return type(self)(self)

    def __repr__(self):
        return f"{type(self).__name__}({dict.__repr__(self)})"


class CaseInsensitiveDict(NormalizedDict):
    def normalize(self, key):
        if not isinstance(key, str):
            raise TypeError("keys must be str")
        return key.casefold()
