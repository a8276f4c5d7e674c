"""Wrong: stores under func.__name__ instead of the name from
__set_name__; with `total = cached_property(compute)` the value lands in
'compute' and 'total' is recomputed on every read."""


class cached_property:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        pass

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("no __dict__") from None
        value = cache[self.func.__name__] = self.func(instance)
        return value
