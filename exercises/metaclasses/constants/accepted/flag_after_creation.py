"""Accepted: the namespace records its public names in order; the class is
built first and its members attached through type.__setattr__, which
bypasses the metaclass's own __setattr__."""


class Namespace(dict):
    def __init__(self, inherited):
        super().__init__()
        self.inherited = inherited
        self.order = []

    def __setitem__(self, key, value):
        if key[:1] != "_":
            if key in self.order or key in self.inherited:
                raise TypeError("duplicate constant %r" % key)
            self.order.append(key)
        dict.__setitem__(self, key, value)


class ConstantsMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        inherited = []
        for b in bases:
            if isinstance(b, ConstantsMeta):
                inherited += [k for k, _ in b._members]
        return Namespace(inherited)

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(namespace), **kwargs)
        members = []
        for b in bases:
            if isinstance(b, ConstantsMeta):
                members += list(b._members)
        members += [(k, namespace[k]) for k in namespace.order]
        type.__setattr__(cls, "_members", tuple(members))
        return cls

    def __setattr__(cls, key, value):
        raise AttributeError("%s is frozen" % cls.__name__)

    def __delattr__(cls, key):
        raise AttributeError("%s is frozen" % cls.__name__)

    def __call__(cls, *a, **k):
        raise TypeError("%s cannot be instantiated" % cls.__name__)

    def __iter__(cls):
        for pair in cls._members:
            yield pair

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, key):
        return key in [k for k, _ in cls._members]

    def __getitem__(cls, key):
        found = dict(cls._members)
        if key not in found:
            raise KeyError(key)
        return found[key]


class Constants(metaclass=ConstantsMeta):
    pass
