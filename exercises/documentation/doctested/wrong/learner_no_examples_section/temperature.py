"""Temperatures: conversions between Celsius and Fahrenheit, and parsing."""


def to_fahrenheit(celsius):
    """Convert a temperature from degrees Celsius to degrees Fahrenheit.

    Args:
        celsius: The temperature in degrees Celsius.

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
    """Convert a temperature from degrees Fahrenheit to degrees Celsius.

    Args:
        fahrenheit: The temperature in degrees Fahrenheit.

    Returns:
        The same temperature in degrees Celsius, as a float.

    >>> to_celsius(212)
    100.0
    >>> to_celsius(32)
    0.0
    """
    return (fahrenheit - 32) * 5 / 9


def parse(text):
    """Parse a temperature written as a number followed by C or F.

    Args:
        text: The text to parse, such as ``"21.5C"`` or ``"70 F"``.

    Returns:
        The temperature in degrees Celsius, as a float.

    Raises:
        ValueError: If the text is not a number followed by C or F.

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
