"""Checks the registry before calling super().__init_subclass__, then registers through cls.registry."""
class Plugin:
    registry: dict = {}

    def __init_subclass__(cls, *, name=None, abstract=False, **kwargs):
        key = cls.__name__.lower() if name is None else name
        if not abstract and key in cls.registry:
            raise TypeError("duplicate plugin name: %r" % (key,))
        super().__init_subclass__(**kwargs)
        if not abstract:
            cls.registry[key] = cls
            cls.plugin_name = key

    @classmethod
    def create(cls, name, *args, **kwargs):
        if name not in cls.registry:
            raise KeyError(name)
        factory = cls.registry[name]
        return factory(*args, **kwargs)
