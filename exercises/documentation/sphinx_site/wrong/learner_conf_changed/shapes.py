"""Plane shapes: areas and perimeters of circles and rectangles."""

import math


def circle_area(radius):
    """Compute the area of a circle.

    Args:
        radius: The radius of the circle; must not be negative.

    Returns:
        The area, ``pi * radius ** 2``.

    Raises:
        ValueError: If ``radius`` is negative.
    """
    if radius < 0:
        raise ValueError("radius must not be negative")
    return math.pi * radius**2


def rectangle_area(width, height):
    """Compute the area of a rectangle.

    Args:
        width: The width of the rectangle.
        height: The height of the rectangle.

    Returns:
        The area, ``width * height``.
    """
    return width * height


def perimeter(width, height=None):
    """Compute the perimeter of a rectangle, or of a circle.

    Args:
        width: The width of the rectangle, or the radius of the circle
            when ``height`` is not given.
        height: The height of the rectangle; ``None`` for a circle.

    Returns:
        The perimeter of the rectangle, or the circumference of the circle.
    """
    if height is None:
        return 2 * math.pi * width
    return 2 * (width + height)
