"""Accepted: reaches the shared dict through cls (mutating, never
rebinding it) and validates before touching it."""


class Plugin:
    registry = {}

    def __init_subclass__(cls, *, name=None, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if not abstract:
            key = cls.__name__.lower() if name is None else name
            if key in cls.registry:
                raise TypeError("duplicate plugin name: %r" % (key,))
            cls.registry[key] = cls
            cls.plugin_name = key

    @classmethod
    def create(cls, name, *args, **kwargs):
        if name not in cls.registry:
            raise KeyError(name)
        return cls.registry[name](*args, **kwargs)
