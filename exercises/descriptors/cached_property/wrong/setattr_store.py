"""Wrong: stores the value with setattr(instance, name, value). It works on
ordinary objects, but on a __slots__ class it raises AttributeError instead
of the TypeError the statement asks for."""


class cached_property:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.func(instance)
        setattr(instance, self.name, value)
        return value
