class Point:
    """Rejects new attributes with __setattr__ instead of __slots__."""

    _fields = ("x", "y")
    __slots__ = ()  # looks slotted, but the base class below is not

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __setattr__(self, name, value):
        if name not in self._fields:
            raise AttributeError(name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        vals = ", ".join(repr(getattr(self, n)) for n in self._fields)
        return f"{type(self).__name__}({vals})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._fields)


class _Base:
    pass


Point = type("Point", (_Base,), dict(
    (k, v) for k, v in Point.__dict__.items() if k not in ("__dict__", "__weakref__")
))


class Point3D(Point):
    _fields = ("x", "y", "z")
    __slots__ = ()

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
