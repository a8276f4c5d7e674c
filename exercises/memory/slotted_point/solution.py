"""Reference solution for memory/slotted_point."""


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def _coords(self):
        return (self.x, self.y)

    def __repr__(self):
        args = ", ".join(repr(c) for c in self._coords())
        return f"{type(self).__name__}({args})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._coords() == other._coords()

    __hash__ = None  # mutable: explicit, although __eq__ alone already does it


class Point3D(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def _coords(self):
        return (self.x, self.y, self.z)
