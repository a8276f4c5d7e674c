"""compose/pipe folding over values with functools.reduce."""
from functools import reduce


def _apply(value, func):
    return func(value)


def pipe(value, *funcs):
    return reduce(_apply, funcs, value)


def compose(*funcs):
    bad = [f for f in funcs if not callable(f)]
    if bad:
        raise TypeError("compose() arguments must be callable")
    if not funcs:
        def identity(x):
            return x
        return identity
    *outer, inner = funcs
    outer = outer[::-1]

    def composed(*args, **kwargs):
        return reduce(_apply, outer, inner(*args, **kwargs))

    return composed
