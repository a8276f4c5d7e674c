"""Wrong: gives each subclass its own registry (cls.registry = ...), so a
grandchild is registered in its parent's dict, not in Plugin.registry."""


class Plugin:
    registry = {}

    def __init_subclass__(cls, *, name=None, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        parent_registry = cls.registry
        cls.registry = {}
        if abstract:
            return
        key = name if name is not None else cls.__name__.lower()
        if key in parent_registry:
            raise TypeError(f"duplicate plugin name: {key!r}")
        cls.plugin_name = key
        parent_registry[key] = cls

    @classmethod
    def create(cls, name, *args, **kwargs):
        return Plugin.registry[name](*args, **kwargs)
