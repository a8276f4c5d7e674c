"""Wrong: creates the reversed() iterator once, in compose, so the first
call of the composed function consumes it and later calls skip the outer
functions."""

from functools import reduce


def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError("compose() arguments must be callable")
    if not funcs:
        return lambda x: x
    innermost = funcs[-1]
    outer = reversed(funcs[:-1])

    def composed(*args, **kwargs):
        result = innermost(*args, **kwargs)
        for f in outer:
            result = f(result)
        return result

    return composed


def pipe(value, *funcs):
    return reduce(lambda acc, f: f(acc), funcs, value)
