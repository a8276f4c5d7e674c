# A learner's frozen dataclass: its generated __eq__ demands exactly the same class,
# so a subclass instance with equal components is not equal (learner simulation round 8).
import math
from dataclasses import dataclass
from numbers import Real


@dataclass(frozen=True, repr=False)
class Vector2D:
    x: float
    y: float

    def __repr__(self):
        return f"Vector2D({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __iter__(self):
        return iter((self.x, self.y))

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x) or bool(self.y)

    def __add__(self, other):
        if isinstance(other, Vector2D):
            return Vector2D(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, Real):
            return Vector2D(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__
