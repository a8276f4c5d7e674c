import math, numbers
class Vector2D:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vector2D({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __iter__(self):
        yield self.x
        yield self.y
    def __abs__(self):
        return float(math.hypot(self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, other):
        if not isinstance(other, Vector2D):
            return NotImplemented
        return self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        if not isinstance(other, Vector2D):
            return NotImplemented
        return Vector2D(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        if not isinstance(k, numbers.Number):
            return NotImplemented
        return Vector2D(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self.__mul__(k)
