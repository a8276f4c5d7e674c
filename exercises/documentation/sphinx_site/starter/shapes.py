"""Plane shapes: areas and perimeters of circles and rectangles."""

import math


def circle_area(radius):
    if radius < 0:
        raise ValueError("radius must not be negative")
    return math.pi * radius**2


def rectangle_area(width, height):
    return width * height


def perimeter(width, height=None):
    if height is None:
        return 2 * math.pi * width
    return 2 * (width + height)
