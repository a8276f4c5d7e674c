"""__prepare__ builds a dict class closing over the inherited names; the class keeps a tuple of member names and reads values with inspect.getattr_static (the raw objects: getattr would unwrap a staticmethod or bind a classmethod)."""
import inspect


class ConstantsMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        taken = []
        for base in bases:
            if isinstance(base, ConstantsMeta):
                taken.extend(base._names)

        class Body(dict):
            def __setitem__(self, key, value):
                if key[:1] != "_":
                    if key in taken or key in self:
                        raise TypeError("duplicate constant %r" % key)
                dict.__setitem__(self, key, value)

        ns = Body()
        dict.__setitem__(ns, "_inherited", tuple(taken))
        return ns

    def __new__(mcls, name, bases, namespace, **kwargs):
        own = tuple(k for k in namespace if k[:1] != "_")
        ns = dict(namespace)
        ns["_names"] = ns.pop("_inherited") + own
        return super().__new__(mcls, name, bases, ns)

    def __setattr__(cls, key, value):
        raise AttributeError("%s is frozen" % cls.__name__)

    def __delattr__(cls, key):
        raise AttributeError("%s is frozen" % cls.__name__)

    def __call__(cls, *args, **kwargs):
        raise TypeError("%s cannot be instantiated" % cls.__name__)

    def __iter__(cls):
        for key in cls._names:
            yield key, inspect.getattr_static(cls, key)

    def __len__(cls):
        return len(cls._names)

    def __contains__(cls, key):
        return key in cls._names

    def __getitem__(cls, key):
        if key in cls._names:
            return inspect.getattr_static(cls, key)
        raise KeyError(key)


class Constants(metaclass=ConstantsMeta):
    pass
