"""Accepted: functools.update_wrapper copies the docstring (and name);
an explicit hasattr check for __dict__."""

import functools


class cached_property:
    def __init__(self, func):
        self.func = func
        functools.update_wrapper(self, func)

    def __set_name__(self, owner, name):
        self._key = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not hasattr(instance, "__dict__"):
            raise TypeError("cannot cache on an object without __dict__")
        instance.__dict__[self._key] = value = self.func(instance)
        return value
