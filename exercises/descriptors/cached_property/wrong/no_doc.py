"""Wrong: does not copy func's docstring to __doc__."""
class cached_property:
    def __init__(self, func):
        self.func = func
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
