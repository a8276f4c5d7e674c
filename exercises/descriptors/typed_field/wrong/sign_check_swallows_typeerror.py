"""Wrong: Positive compares with 0 first and ignores the comparison's TypeError, so a negative value of the wrong type (-2.5 for an int field) gets ValueError instead of the type's TypeError."""
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
        try:
            return instance.__dict__[self.name]
        except KeyError:
            if self.default is MISSING:
                raise AttributeError(f"{self.name} is not set") from None
            return self.default

    def validate(self, value):
        if not isinstance(value, self.type_):
            raise TypeError(f"{self.name} must be {self.type_.__name__}, got {type(value).__name__}")

    def __set__(self, instance, value):
        self.validate(value)
        instance.__dict__[self.name] = value


class Positive(Typed):
    def validate(self, value):
        try:
            if not value > 0:
                raise ValueError(f"{self.name} must be > 0")
        except TypeError:
            pass
        super().validate(value)
