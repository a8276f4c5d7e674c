"""Wrong: adds __set__ so that assignment "goes through the property".
That makes it a data descriptor: it now wins over the instance dict, so
__get__ runs on every read, and `del obj.attr` fails."""


class cached_property:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("no __dict__") from None
        if self.name not in cache:
            cache[self.name] = self.func(instance)
        return cache[self.name]

    def __set__(self, instance, value):
        instance.__dict__[self.name] = value
