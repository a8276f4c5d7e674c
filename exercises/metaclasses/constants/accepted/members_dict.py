"""Accepted: members kept in a read-only mappingproxy under __members__,
inheritance by merging the parent's mapping first."""

from types import MappingProxyType


class _OnceDict(dict):
    def __init__(self, taken):
        super().__init__()
        self.taken = set(taken)

    def __setitem__(self, key, value):
        if not key.startswith("_"):
            if key in self.taken:
                raise TypeError(f"duplicate constant {key!r}")
            self.taken.add(key)
        super().__setitem__(key, value)


class ConstantsMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        taken = set()
        for base in bases:
            taken.update(getattr(base, "__members__", {}))
        return _OnceDict(taken)

    def __new__(mcls, name, bases, namespace, **kwargs):
        merged = {}
        for base in bases:
            merged.update(getattr(base, "__members__", {}))
        merged.update({k: v for k, v in namespace.items() if not k.startswith("_")})
        attrs = dict(namespace, __members__=MappingProxyType(merged))
        return super().__new__(mcls, name, bases, attrs, **kwargs)

    def __setattr__(cls, key, value):
        raise AttributeError(f"{cls.__name__} is frozen")

    __delattr__ = lambda cls, key: ConstantsMeta.__setattr__(cls, key, None)

    def __call__(cls, *args, **kwargs):
        raise TypeError(f"{cls.__name__} cannot be instantiated")

    def __iter__(cls):
        return iter(list(cls.__members__.items()))

    def __len__(cls):
        return len(cls.__members__)

    def __contains__(cls, key):
        return key in cls.__members__

    def __getitem__(cls, key):
        return cls.__members__[key]


class Constants(metaclass=ConstantsMeta):
    pass
