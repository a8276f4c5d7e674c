# Accepted: written by the blind learner simulation (issue 13) from the statement alone.
import abc
import functools
import math


class Shape(abc.ABC):
    _fields = ()

    @abc.abstractmethod
    def area(self):
        raise NotImplementedError

    @abc.abstractmethod
    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return "%s with area %.2f" % (self.__class__.__name__, self.area())

    def __repr__(self):
        args = ", ".join(repr(getattr(self, f)) for f in self._fields)
        return "%s(%s)" % (self.__class__.__name__, args)


class Circle(Shape):
    _fields = ("radius",)

    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return math.pi * self.radius * self.radius

    def perimeter(self):
        return 2 * math.pi * self.radius


class Rectangle(Shape):
    _fields = ("width", "height")

    def __init__(self, width, height):
        self.width, self.height = width, height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)


class Square(Rectangle):
    _fields = ("side",)

    def __init__(self, side):
        self.side = side
        super().__init__(width=side, height=side)


def total_area(shapes):
    return functools.reduce(lambda acc, s: acc + s.area(), shapes, 0)
