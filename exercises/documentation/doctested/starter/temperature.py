"""Temperatures: conversions between Celsius and Fahrenheit, and parsing."""


def to_fahrenheit(celsius):
    return celsius * 9 / 5 + 32


def to_celsius(fahrenheit):
    return (fahrenheit - 32) * 5 / 9


def parse(text):
    number, unit = text[:-1].strip(), text[-1:].upper()
    if unit not in ("C", "F") or not number:
        raise ValueError(f"not a temperature: {text!r}")
    value = float(number)
    return value if unit == "C" else to_celsius(value)
