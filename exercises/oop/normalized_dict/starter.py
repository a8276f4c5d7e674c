"""A case-insensitive dict on collections.abc: see `grader show oop/normalized_dict`."""

from abc import abstractmethod
from collections.abc import Mapping, MutableMapping


class NormalizedDict(MutableMapping):
    def __init__(self, data=(), /, **kwargs):
        raise NotImplementedError("write NormalizedDict")

    def normalize(self, key):
        raise NotImplementedError("make normalize() abstract")

    def __getitem__(self, key):
        raise NotImplementedError

    def __setitem__(self, key, value):
        raise NotImplementedError

    def __delitem__(self, key):
        raise NotImplementedError

    def __iter__(self):
        raise NotImplementedError

    def __len__(self):
        raise NotImplementedError


class CaseInsensitiveDict(NormalizedDict):
    def normalize(self, key):
        raise NotImplementedError("write CaseInsensitiveDict.normalize()")
