"""Wrong: defines __len__ (a vector has 2 components) instead of __bool__;
bool() falls back to __len__, so even the zero vector is truthy."""

import math
import numbers


class Vector2D:
    """An immutable-by-convention 2-D vector."""

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __iter__(self):
        yield self.x
        yield self.y

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __len__(self):
        return 2

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
        if not isinstance(k, numbers.Real):
            return NotImplemented
        return Vector2D(self.x * k, self.y * k)

    __rmul__ = __mul__
