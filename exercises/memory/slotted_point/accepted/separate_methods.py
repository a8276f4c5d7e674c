class Point:
    __slots__ = "x", "y"

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __eq__(self, other):
        if type(other) is Point:
            return self.x == other.x and self.y == other.y
        return NotImplemented


class Point3D(Point):
    __slots__ = ["z"]

    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z

    def __repr__(self):
        return "Point3D(%r, %r, %r)" % (self.x, self.y, self.z)

    def __eq__(self, other):
        if type(other) is Point3D:
            return (self.x, self.y, self.z) == (other.x, other.y, other.z)
        return NotImplemented
