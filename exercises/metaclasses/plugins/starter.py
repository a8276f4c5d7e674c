"""A plugin registry with __init_subclass__: see `grader show metaclasses/plugins`."""


class Plugin:
    registry = {}

    def __init_subclass__(cls, *, name=None, abstract=False, **kwargs):
        raise NotImplementedError("write Plugin.__init_subclass__()")

    @classmethod
    def create(cls, name, *args, **kwargs):
        raise NotImplementedError("write Plugin.create()")
