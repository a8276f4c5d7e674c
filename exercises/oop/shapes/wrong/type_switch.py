"""Wrong: total_area and describe switch on the concrete classes instead of
calling the methods polymorphically, so a new Shape subclass is not handled;
Circle uses 3.14 instead of math.pi."""

from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        if isinstance(self, Circle):
            name = "Circle"
        elif isinstance(self, Square):
            name = "Square"
        else:
            name = "Rectangle"
        return f"{name} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return 3.14 * self.radius * self.radius

    def perimeter(self):
        return 2 * 3.14 * self.radius

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
            total += 3.14159265 * s.radius ** 2
        elif isinstance(s, Rectangle):
            total += s.width * s.height
    return total
