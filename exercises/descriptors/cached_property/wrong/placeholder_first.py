"""Wrong: puts a placeholder into the cache before computing (a guard
against re-entrant reads). When func raises, the placeholder stays, and
every later read returns None instead of computing again."""


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
        cache[self.name] = None  # placeholder while computing
        cache[self.name] = self.func(instance)
        return cache[self.name]
