"""Wrong: stores the class first and complains afterwards, so a refused
duplicate has already replaced the registered plugin."""


class Plugin:
    registry = {}

    def __init_subclass__(cls, *, name=None, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if abstract:
            return
        key = name if name is not None else cls.__name__.lower()
        previous = Plugin.registry.get(key)
        Plugin.registry[key] = cls
        cls.plugin_name = key
        if previous is not None:
            raise TypeError(f"duplicate plugin name: {key!r}")

    @classmethod
    def create(cls, name, *args, **kwargs):
        return Plugin.registry[name](*args, **kwargs)
