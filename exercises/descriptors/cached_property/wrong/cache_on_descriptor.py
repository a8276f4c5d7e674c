"""Wrong: caches the first result on the descriptor itself, so every instance gets the first instance's value."""
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
        if not hasattr(self, "value"):
            self.value = self.func(instance)
        return self.value
