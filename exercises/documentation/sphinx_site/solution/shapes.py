"""Plane shapes: areas and perimeters of circles and rectangles."""

import math


def circle_area(radius):
    """Area of a circle.

    Args:
        radius: The circle's radius, at least 0.

    Returns:
        The area, ``pi * radius ** 2``.

    Raises:
        ValueError: If ``radius`` is negative.
    """
    if radius < 0:
        raise ValueError("radius must not be negative")
    return math.pi * radius**2


def rectangle_area(width, height):
    """Area of a rectangle.

    Args:
        width: The rectangle's width.
        height: The rectangle's height.

    Returns:
        ``width * height``.
    """
    return width * height


def perimeter(width, height=None):
    """Perimeter of a circle or a rectangle.

    Args:
        width: A circle's radius, or a rectangle's width.
        height: A rectangle's height; ``None`` for a circle.

    Returns:
        The circumference of the circle, or the perimeter of the rectangle.
    """
    if height is None:
        return 2 * math.pi * width
    return 2 * (width + height)
