"""Accepted: Positive overrides __set__ and defers the type check to
Typed.__set__; reads use vars() with a sentinel."""

MISSING = object()


class Typed:
    def __init__(self, type_, *, default=MISSING):
        self.type_, self.default = type_, default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = vars(instance).get(self.name, MISSING)
        if value is MISSING:
            value = self.default
        if value is MISSING:
            raise AttributeError(self.name + " is not set")
        return value

    def __set__(self, instance, value):
        if not isinstance(value, self.type_):
            raise TypeError("%s must be %s, got %s" % (self.name, self.type_.__name__, type(value).__name__))
        vars(instance)[self.name] = value


class Positive(Typed):
    def __set__(self, instance, value):
        if isinstance(value, self.type_) and not value > 0:
            raise ValueError(self.name + " must be > 0")
        super().__set__(instance, value)
