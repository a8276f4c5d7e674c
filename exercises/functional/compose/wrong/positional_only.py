"""Wrong: the composed function accepts only positional arguments, so
keyword arguments never reach the innermost function."""

from functools import reduce


def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError("compose() arguments must be callable")
    if not funcs:
        return lambda x: x

    def composed(*args):
        result = funcs[-1](*args)
        for f in reversed(funcs[:-1]):
            result = f(result)
        return result

    return composed


def pipe(value, *funcs):
    return reduce(lambda acc, f: f(acc), funcs, value)
