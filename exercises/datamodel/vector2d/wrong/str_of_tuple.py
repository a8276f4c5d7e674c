from math import sqrt
from numbers import Real


class Vector2D:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Vector2D(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return str(tuple(self))

    def __iter__(self):
        return iter((self.x, self.y))

    def __abs__(self):
        return sqrt(float(self.x * self.x + self.y * self.y))

    def __bool__(self):
        return abs(self) != 0

    def __eq__(self, other):
        if type(other) is not type(self) and not isinstance(other, Vector2D):
            return NotImplemented
        return tuple(self) == tuple(other)

    def __hash__(self):
        return hash(("Vector2D", self.x, self.y))

    def __add__(self, other):
        if isinstance(other, Vector2D):
            return Vector2D(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, Real):
            return Vector2D(k * self.x, k * self.y)
        return NotImplemented

    def __rmul__(self, k):
        return self.__mul__(k)
