"""Accepted: each class keeps a list of check functions run in order;
Positive appends its own after the inherited type check."""

MISSING = object()


def _type_check(desc, value):
    if not isinstance(value, desc.type_):
        raise TypeError(f"{desc.name} must be {desc.type_.__name__}, got {type(value).__name__}")


def _positive_check(desc, value):
    if not value > 0:  # nan is not > 0 either
        raise ValueError(f"{desc.name} must be > 0")


class Typed:
    checks = (_type_check,)

    def __init__(self, type_, *, default=MISSING):
        self.type_ = type_
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.name in instance.__dict__:
            return instance.__dict__[self.name]
        if self.default is not MISSING:
            return self.default
        raise AttributeError(f"{self.name} is not set")

    def __set__(self, instance, value):
        for check in self.checks:
            check(self, value)
        instance.__dict__[self.name] = value


class Positive(Typed):
    checks = Typed.checks + (_positive_check,)
