class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def _fields(self):
        names = []
        for klass in reversed(type(self).__mro__):
            names.extend(getattr(klass, "__slots__", ()))
        return names

    def __repr__(self):
        vals = [repr(getattr(self, n)) for n in self._fields()]
        return type(self).__name__ + "(" + ", ".join(vals) + ")"

    def __eq__(self, other):
        if type(self) != type(other):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._fields())


class Point3D(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
