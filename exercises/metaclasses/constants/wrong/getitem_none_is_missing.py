class _Namespace(dict):
    def __init__(self, inherited):
        super().__init__()
        self.members = dict(inherited)

    def __setitem__(self, key, value):
        if not key.startswith("_"):
            if key in self.members:
                raise TypeError(f"duplicate constant {key!r}")
            self.members[key] = value
        super().__setitem__(key, value)


class ConstantsMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        inherited = {}
        for b in bases:
            inherited.update(getattr(b, "_members", {}))
        return _Namespace(inherited)

    def __new__(mcls, name, bases, namespace, **kwargs):
        members = dict(namespace.members)
        cls = super().__new__(mcls, name, bases, dict(namespace), **kwargs)
        type.__setattr__(cls, "_members", members)
        return cls

    def __setattr__(cls, key, value):
        raise AttributeError(f"{cls.__name__} is frozen")

    def __delattr__(cls, key):
        raise AttributeError(f"{cls.__name__} is frozen")

    def __call__(cls, *args, **kwargs):
        raise TypeError(f"{cls.__name__} cannot be instantiated")

    def __iter__(cls):
        return iter(list(cls._members.items()))

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, name):
        return name in cls._members

    def __getitem__(cls, name):
        value = cls._members.get(name)
        if value is None:
            raise KeyError(name)
        return value


class Constants(metaclass=ConstantsMeta):
    pass
