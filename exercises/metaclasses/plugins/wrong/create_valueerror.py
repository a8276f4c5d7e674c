"""Wrong: create raises ValueError instead of KeyError(name) for an unknown name."""
class Plugin:
    registry = {}

    def __init_subclass__(cls, *, name=None, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if abstract:
            return
        key = name if name is not None else cls.__name__.lower()
        if key in Plugin.registry:
            raise TypeError(f"duplicate plugin name: {key!r}")
        Plugin.registry[key] = cls
        cls.plugin_name = key

    @classmethod
    def create(cls, name, *args, **kwargs):
        try:
            plugin = Plugin.registry[name]
        except KeyError:
            raise ValueError(f'unknown plugin {name}')
        return plugin(*args, **kwargs)
