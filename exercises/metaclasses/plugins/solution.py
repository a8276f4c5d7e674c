"""Reference solution: the hook runs once per class statement, with that
statement's keywords only, so abstract= and name= are naturally per class."""


class Plugin:
    registry = {}

    def __init_subclass__(cls, *, name=None, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if abstract:
            return
        key = name if name is not None else cls.__name__.lower()
        if key in Plugin.registry:
            raise TypeError(f"duplicate plugin name: {key!r}")
        cls.plugin_name = key
        Plugin.registry[key] = cls

    @classmethod
    def create(cls, name, *args, **kwargs):
        try:
            plugin = Plugin.registry[name]
        except KeyError:
            raise KeyError(name) from None
        return plugin(*args, **kwargs)
