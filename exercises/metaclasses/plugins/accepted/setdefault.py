"""Accepted: one setdefault both checks and inserts; the keywords are
taken out of **kwargs by hand."""


class Plugin:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        name = kwargs.pop("name", None)
        abstract = kwargs.pop("abstract", False)
        super().__init_subclass__(**kwargs)
        if abstract:
            return
        key = cls.__name__.lower() if name is None else name
        if Plugin.registry.setdefault(key, cls) is not cls:
            raise TypeError(f"duplicate plugin name: {key!r}")
        cls.plugin_name = key

    @classmethod
    def create(cls, name, *args, **kwargs):
        return Plugin.registry[name](*args, **kwargs)
