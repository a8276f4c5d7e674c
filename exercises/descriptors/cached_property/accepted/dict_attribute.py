"""Reads instance.__dict__ (AttributeError on a __slots__ instance becomes TypeError), then calls func and stores."""
class cached_property:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"{type(instance).__name__} has no __dict__ to cache {self.name!r}") from None
        value = self.func(instance)
        cache[self.name] = value
        return value
