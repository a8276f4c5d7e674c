"""Wrong: uses None as "no default" and dict.get with the default, so an
unset field without default reads as None instead of raising."""

MISSING = None


class Typed:
    def __init__(self, type_, *, default=MISSING):
        self.type_ = type_
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance.__dict__.get(self.name, self.default)

    def __set__(self, instance, value):
        self.check(value)
        instance.__dict__[self.name] = value

    def check(self, value):
        if not isinstance(value, self.type_):
            raise TypeError(f"{self.name} must be {self.type_.__name__}, got {type(value).__name__}")


class Positive(Typed):
    def check(self, value):
        super().check(value)
        if value <= 0:
            raise ValueError(f"{self.name} must be > 0")
