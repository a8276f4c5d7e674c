class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def _coords(self):
        return (self.x, self.y)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(map(repr, self._coords())))

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self._coords() == other._coords()


class Point3D(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def _coords(self):
        return (self.x, self.y, self.z)
