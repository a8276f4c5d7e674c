"""Wrong: create() is "helpful": it lower-cases the name before looking it
up and raises KeyError with a message of its own instead of KeyError(name)."""


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
        plugin = Plugin.registry.get(name.lower())
        if plugin is None:
            raise KeyError(f"no plugin called {name}")
        return plugin(*args, **kwargs)
