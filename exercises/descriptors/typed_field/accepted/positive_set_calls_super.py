"""Positive overrides __set__ and calls Typed.__set__ for the type check and the store; MISSING is an instance of a small class."""
class _Missing:
    def __repr__(self):
        return "MISSING"


MISSING = _Missing()


class Typed:
    def __init__(self, type_, *, default=MISSING):
        self._type = type_
        self._default = default

    def __set_name__(self, owner, name):
        self._name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        d = vars(instance)
        if self._name in d:
            return d[self._name]
        if self._default is not MISSING:
            return self._default
        raise AttributeError(self._name + " is not set")

    def __set__(self, instance, value):
        if not isinstance(value, self._type):
            raise TypeError("%s must be %s, got %s" % (self._name, self._type.__name__, type(value).__name__))
        vars(instance)[self._name] = value


class Positive(Typed):
    def __set__(self, instance, value):
        if not isinstance(value, self._type):
            super().__set__(instance, value)  # raises the TypeError
        if not value > 0:
            raise ValueError(self._name + " must be > 0")
        super().__set__(instance, value)
