# Wrong (Point3D's repr is Point3D(<repr of x>, <repr of y>, <repr of z>)): Point3D inherits Point's repr, which shows x and y only.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)


class Point3D(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return (self.x, self.y, self.z) == (other.x, other.y, other.z)
