"""Wrong: each class hard-codes its own name in describe, so a subclass written later reports its parent's name."""
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
        return f"Shape with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius

    def __repr__(self):
        return f"Circle({self.radius!r})"

    def describe(self):
        return f"Circle with area {self.area():.2f}"


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

    def describe(self):
        return f"Rectangle with area {self.area():.2f}"


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.side = side

    def __repr__(self):
        return f"Square({self.side!r})"

    def describe(self):
        return f"Square with area {self.area():.2f}"


def total_area(shapes):
    return sum(shape.area() for shape in shapes)
