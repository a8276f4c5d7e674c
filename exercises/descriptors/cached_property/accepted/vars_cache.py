"""Accepted: vars() raises TypeError by itself for an object without a
__dict__, which is exactly the error the statement asks for."""


class cached_property:
    def __init__(self, func):
        self.func = func
        self.__doc__ = getattr(func, "__doc__", None)

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        result = self.func(instance)
        vars(instance)[self.attrname] = result
        return result
