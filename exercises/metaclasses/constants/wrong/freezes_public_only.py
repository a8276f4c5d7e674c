"""Wrong: freezes only public names, so private class attributes can
still be set and deleted."""


class _ConstantNamespace(dict):
    """The class body's namespace: a public name may be bound only once."""

    def __init__(self, taken):
        super().__init__()
        self._taken = set(taken)  # names already used, here or in a base

    def __setitem__(self, key, value):
        if not key.startswith("_"):
            if key in self._taken:
                raise TypeError(f"duplicate constant {key!r}")
            self._taken.add(key)
        super().__setitem__(key, value)


class ConstantsMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        inherited = set()
        for base in bases:
            inherited.update(dict(getattr(base, "_members", ())))
        return _ConstantNamespace(inherited)

    def __new__(mcls, name, bases, namespace, **kwargs):
        members = []
        for base in bases:
            for item in getattr(base, "_members", ()):
                if item not in members:
                    members.append(item)
        members.extend((k, v) for k, v in namespace.items() if not k.startswith("_"))
        body = dict(namespace)  # type() wants a plain dict, not our subclass
        body["_members"] = tuple(members)
        return super().__new__(mcls, name, bases, body, **kwargs)

    def __setattr__(cls, name, value):
        if name.startswith("_"):
            return super().__setattr__(name, value)
        raise AttributeError(f"{cls.__name__} is frozen")

    def __delattr__(cls, name):
        raise AttributeError(f"{cls.__name__} is frozen")

    def __call__(cls, *args, **kwargs):
        raise TypeError(f"{cls.__name__} cannot be instantiated")

    def __iter__(cls):
        return iter(cls._members)

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, name):
        return any(key == name for key, _ in cls._members)

    def __getitem__(cls, name):
        for key, value in cls._members:
            if key == name:
                return value
        raise KeyError(name)


class Constants(metaclass=ConstantsMeta):
    pass
