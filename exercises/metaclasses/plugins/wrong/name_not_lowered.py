"""Wrong: registers under the class name as written, not in lower case."""
class Plugin:
    registry = {}

    def __init_subclass__(cls, *, name=None, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if abstract:
            return
        key = name if name is not None else cls.__name__
        if key in Plugin.registry:
            raise TypeError(f"duplicate plugin name: {key!r}")
        Plugin.registry[key] = cls
        cls.plugin_name = key

    @classmethod
    def create(cls, name, *args, **kwargs):
        try:
            plugin = Plugin.registry[name]
        except KeyError:
            raise KeyError(name) from None
        return plugin(*args, **kwargs)
