"""Wrong: reads instance.__dict__ without a check, so a __slots__ instance raises AttributeError instead of TypeError."""
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
        cache = instance.__dict__
        value = self.func(instance)
        cache[self.name] = value
        return value
