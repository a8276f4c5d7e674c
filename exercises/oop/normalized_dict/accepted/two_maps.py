"""NormalizedDict with one dict of values and one of spellings, both keyed by the normalized form."""
import abc
import collections.abc as cabc


class NormalizedDict(cabc.MutableMapping):
    def __init__(self, data=(), /, **kwargs):
        self._values = {}
        self._spelling = {}
        if isinstance(data, cabc.Mapping):
            data = data.items()
        for key, value in data:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    @abc.abstractmethod
    def normalize(self, key):
        raise NotImplementedError

    def __getitem__(self, key):
        norm = self.normalize(key)
        if norm not in self._values:
            raise KeyError(key)
        return self._values[norm]

    def __setitem__(self, key, value):
        norm = self.normalize(key)
        self._values[norm] = value
        self._spelling[norm] = key

    def __delitem__(self, key):
        norm = self.normalize(key)
        if norm not in self._values:
            raise KeyError(key)
        del self._values[norm]
        del self._spelling[norm]

    def __iter__(self):
        return iter(list(self._spelling.values()))

    def __len__(self):
        return len(self._values)

    def __eq__(self, other):
        if not isinstance(other, cabc.Mapping):
            return NotImplemented
        if len(other) != len(self):
            return False
        normalized = {}
        for key in other:
            normalized[self.normalize(key)] = other[key]
        return normalized == self._values

    def copy(self):
        new = self.__class__()
        new._values = dict(self._values)
        new._spelling = dict(self._spelling)
        return new

    def __repr__(self):
        body = ", ".join(f"{k!r}: {v!r}" for k, v in self.items())
        return self.__class__.__name__ + "({" + body + "})"


class CaseInsensitiveDict(NormalizedDict):
    def normalize(self, key):
        if type(key) is not str and not isinstance(key, str):
            raise TypeError("CaseInsensitiveDict keys must be strings")
        return str.casefold(key)
