"""Wrong: falls back to the inherited plugin_name, so a subclass of a named
plugin reuses its parent's name and is refused as a duplicate."""


class Plugin:
    registry = {}

    def __init_subclass__(cls, *, name=None, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if abstract:
            return
        key = name or getattr(cls, "plugin_name", None) or cls.__name__.lower()
        if key in Plugin.registry:
            raise TypeError(f"duplicate plugin name: {key!r}")
        cls.plugin_name = key
        Plugin.registry[key] = cls

    @classmethod
    def create(cls, name, *args, **kwargs):
        return Plugin.registry[name](*args, **kwargs)
