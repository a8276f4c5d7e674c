"""Plane shapes: areas and perimeters of circles and rectangles."""

import math


def circle_area(radius):
    """Compute the area of a circle.

    Args:
        radius (float): Radius of the circle, zero or more.

    Returns:
        float: ``math.pi * radius**2``.

    Raises:
        ValueError: If radius is negative.
    """
    if radius < 0:
        raise ValueError("radius must not be negative")
    return math.pi * radius**2


def rectangle_area(width, height):
    """Compute the area of a rectangle.

    Args:
        width: The rectangle's width.
        height: The rectangle's height.

    Returns:
        The area, width times height.
    """
    return width * height


def perimeter(width, height=None):
    """Compute the perimeter of a rectangle, or of a circle.

    Args:
        width: The rectangle's width, or the circle's radius when height is None.
        height: The rectangle's height; None for a circle.

    Returns:
        The perimeter (the circumference for a circle).
    """
    if height is None:
        return 2 * math.pi * width
    return 2 * (width + height)
