"""Wrong: refuses instances in Constants.__init__ instead of the metaclass __call__; that __init__ takes no arguments, so Color(1, x=2) gets Python's own TypeError message, and a subclass's own __init__ would bypass it."""
class _NoDupes(dict):
    def __init__(self, inherited):
        super().__init__()
        self.inherited = inherited
        self.members = {}

    def __setitem__(self, key, value):
        if not key.startswith("_"):
            if key in self.members or key in self.inherited:
                raise TypeError(f"duplicate constant {key!r}")
            self.members[key] = value
        super().__setitem__(key, value)


class ConstantsMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        inherited = {}
        for base in bases:
            inherited.update(getattr(base, "_members", {}))
        return _NoDupes(inherited)

    def __new__(mcls, name, bases, namespace, **kwargs):
        members = dict(namespace.inherited)
        members.update(namespace.members)
        cls = super().__new__(mcls, name, bases, dict(namespace), **kwargs)
        type.__setattr__(cls, "_members", members)
        return cls

    def __setattr__(cls, name, value):
        raise AttributeError(f"{cls.__name__} is frozen")

    def __delattr__(cls, name):
        raise AttributeError(f"{cls.__name__} is frozen")


    def __iter__(cls):
        return iter(list(cls._members.items()))

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, name):
        return name in cls._members

    def __getitem__(cls, name):
        if name not in cls._members:
            raise KeyError(name)
        return cls._members[name]


class Constants(metaclass=ConstantsMeta):
    def __init__(self):
        raise TypeError(f"{type(self).__name__} cannot be instantiated")
