"""Wrong: never checks the arguments, so a non-callable is only noticed
(as "'int' object is not callable") when the composed function runs."""

from functools import reduce


def compose(*funcs):
    if not funcs:
        return lambda x: x

    def composed(*args, **kwargs):
        result = funcs[-1](*args, **kwargs)
        for f in reversed(funcs[:-1]):
            result = f(result)
        return result

    return composed


def pipe(value, *funcs):
    return reduce(lambda acc, f: f(acc), funcs, value)
