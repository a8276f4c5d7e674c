"""Wrong: reading an unset field without a default lets the dict's KeyError escape instead of raising AttributeError."""
MISSING = object()


class Typed:
    def __init__(self, type_, *, default=MISSING):
        self.type_ = type_
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.default is not MISSING and self.name not in instance.__dict__:
            return self.default
        return instance.__dict__[self.name]

    def validate(self, value):
        if not isinstance(value, self.type_):
            raise TypeError(f"{self.name} must be {self.type_.__name__}, got {type(value).__name__}")

    def __set__(self, instance, value):
        self.validate(value)
        instance.__dict__[self.name] = value


class Positive(Typed):
    def validate(self, value):
        super().validate(value)
        if not value > 0:
            raise ValueError(f"{self.name} must be > 0")
