"""Checks hasattr(instance, '__dict__') first, then stores with vars(instance)."""
from functools import update_wrapper


class cached_property:
    """A non-data descriptor: once computed, the instance dict shadows it."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, "__doc__", None)

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not hasattr(instance, "__dict__"):
            raise TypeError("cannot cache on an instance without __dict__")
        result = self.func(instance)
        vars(instance)[self.attrname] = result
        return result
