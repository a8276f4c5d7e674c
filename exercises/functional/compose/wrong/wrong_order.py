"""Wrong: compose applies the functions left to right, like pipe."""

from functools import reduce


def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError("compose() arguments must be callable")
    if not funcs:
        return lambda x: x

    def composed(*args, **kwargs):
        result = funcs[0](*args, **kwargs)
        for f in funcs[1:]:
            result = f(result)
        return result

    return composed


def pipe(value, *funcs):
    return reduce(lambda acc, f: f(acc), funcs, value)
