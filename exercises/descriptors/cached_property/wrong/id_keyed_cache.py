"""Wrong: caches in a dict on the descriptor keyed by id(instance). It
computes once, but __get__ runs on every read, del cannot reset it, and
the cache keeps every instance's value alive."""


class cached_property:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
        self.cache = {}

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        key = id(instance)
        if key not in self.cache:
            self.cache[key] = self.func(instance)
        return self.cache[key]
