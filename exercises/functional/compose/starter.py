"""Compose and pipe: see `grader show functional/compose`."""

from functools import reduce


def compose(*funcs):
    """Return a function applying funcs right to left."""
    raise NotImplementedError("write compose()")


def pipe(value, *funcs):
    """Apply funcs to value left to right and return the result."""
    raise NotImplementedError("write pipe()")
