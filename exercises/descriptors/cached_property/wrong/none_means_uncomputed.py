"""Wrong: adds __set__/__delete__ and treats a cached None as not computed, so it is a data descriptor and recomputes None values."""
class cached_property:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __set__(self, instance, value):
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        instance.__dict__.pop(self.name, None)

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if instance.__dict__.get(self.name) is not None:
            return instance.__dict__[self.name]
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"{type(instance).__name__} has no __dict__ to cache {self.name!r}") from None
        value = self.func(instance)
        cache[self.name] = value
        return value
