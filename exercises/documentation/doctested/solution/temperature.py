"""Temperatures: conversions between Celsius and Fahrenheit, and parsing."""


def to_fahrenheit(celsius):
    """Convert degrees Celsius to degrees Fahrenheit.

    Args:
        celsius: A temperature in degrees Celsius.

    Returns:
        The same temperature in degrees Fahrenheit, as a float.

    Examples:
        >>> to_fahrenheit(100)
        212.0
        >>> to_fahrenheit(-40)
        -40.0
    """
    return celsius * 9 / 5 + 32


def to_celsius(fahrenheit):
    """Convert degrees Fahrenheit to degrees Celsius.

    Args:
        fahrenheit: A temperature in degrees Fahrenheit.

    Returns:
        The same temperature in degrees Celsius, as a float.

    Examples:
        >>> to_celsius(212)
        100.0
    """
    return (fahrenheit - 32) * 5 / 9


def parse(text):
    """Read a temperature such as ``"21.5C"`` or ``"70 F"`` into Celsius.

    Args:
        text: A number followed by its unit, ``C`` or ``F`` (either case).

    Returns:
        The temperature in degrees Celsius, as a float.

    Raises:
        ValueError: If the text does not end with a unit or has no number.

    Examples:
        >>> parse("21.5C")
        21.5
        >>> parse("212 f")
        100.0
        >>> parse("hot")
        Traceback (most recent call last):
        ...
        ValueError: not a temperature: 'hot'
    """
    number, unit = text[:-1].strip(), text[-1:].upper()
    if unit not in ("C", "F") or not number:
        raise ValueError(f"not a temperature: {text!r}")
    value = float(number)
    return value if unit == "C" else to_celsius(value)
