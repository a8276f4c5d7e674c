"""Wrong: never calls super().__init_subclass__, so keywords meant for the
other base classes are silently dropped (and misspelt ones are accepted)."""


class Plugin:
    registry = {}

    def __init_subclass__(cls, *, name=None, abstract=False, **kwargs):
        if abstract:
            return
        key = name if name is not None else cls.__name__.lower()
        if key in Plugin.registry:
            raise TypeError(f"duplicate plugin name: {key!r}")
        cls.plugin_name = key
        Plugin.registry[key] = cls

    @classmethod
    def create(cls, name, *args, **kwargs):
        return Plugin.registry[name](*args, **kwargs)
