"""Reference solution for functional/compose."""

from functools import reduce


def compose(*funcs):
    """Return a function applying funcs right to left."""
    for f in funcs:
        if not callable(f):
            raise TypeError(f"compose() arguments must be callable, got {type(f).__name__}")
    if not funcs:
        return lambda x: x

    *outer, innermost = funcs
    outer = tuple(reversed(outer))  # applied in this order after innermost

    def composed(*args, **kwargs):
        return reduce(lambda acc, f: f(acc), outer, innermost(*args, **kwargs))

    return composed


def pipe(value, *funcs):
    """Apply funcs to value left to right and return the result."""
    return reduce(lambda acc, f: f(acc), funcs, value)
