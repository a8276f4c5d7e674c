"""Wrong (and dishonest): returns a stand-in that prints like the result and
claims to equal everything, hoping text comparison is all that is checked."""

from functools import reduce


class Liar:
    def __init__(self, value):
        self._value = value

    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0

    def __repr__(self):
        return repr(self._value)

    def __str__(self):
        return str(self._value)


def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError("compose() arguments must be callable")

    def composed(*args, **kwargs):
        if not funcs:
            (result,) = args
            return Liar(result)
        result = funcs[-1](*args, **kwargs)
        for f in reversed(funcs[:-1]):
            result = f(result)
        return Liar(result)

    return composed


def pipe(value, *funcs):
    return Liar(reduce(lambda acc, f: f(acc), funcs, value))
