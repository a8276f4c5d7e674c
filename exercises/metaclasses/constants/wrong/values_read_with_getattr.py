class _NoDupDict(dict):
    def __init__(self, inherited):
        super().__init__()
        self._inherited = inherited
        self._order = []

    def __setitem__(self, key, value):
        if not key.startswith("_"):
            if key in self._inherited or key in self._order:
                raise TypeError(f"duplicate constant {key!r}")
            self._order.append(key)
        super().__setitem__(key, value)


class ConstantsMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        inherited = {}
        for b in bases:
            inherited.update(getattr(b, "_members", {}))
        return _NoDupDict(inherited)

    def __new__(mcls, name, bases, namespace, **kwargs):
        members = dict(namespace._inherited)
        for key in namespace._order:
            members[key] = namespace[key]
        ns = dict(namespace)
        ns["_members"] = members
        return super().__new__(mcls, name, bases, ns, **kwargs)

    def __iter__(cls):
        return iter([(k, getattr(cls, k)) for k in cls._members])

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, name):
        return name in cls._members

    def __getitem__(cls, name):
        try:
            return cls._members[name]
        except (KeyError, TypeError):
            raise KeyError(name) from None

    def __setattr__(cls, name, value):
        raise AttributeError(f"{cls.__name__} is frozen")

    def __delattr__(cls, name):
        raise AttributeError(f"{cls.__name__} is frozen")

    def __call__(cls, *args, **kwargs):
        raise TypeError(f"{cls.__name__} cannot be instantiated")


class Constants(metaclass=ConstantsMeta):
    pass
