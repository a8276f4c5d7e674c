"""Wrong: computes areas by checking the type of each shape, so new classes are not counted."""
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius

    def __repr__(self):
        return f"Circle({self.radius!r})"


class Rectangle(Shape):
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    def __repr__(self):
        return f"Rectangle({self.width!r}, {self.height!r})"


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.side = side

    def __repr__(self):
        return f"Square({self.side!r})"


def total_area(shapes):
    total = 0
    for s in shapes:
        if isinstance(s, Circle):
            total += math.pi * s.radius ** 2
        elif isinstance(s, Rectangle):
            total += s.width * s.height
    return total
