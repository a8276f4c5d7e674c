# Accepted: written by the blind learner simulation (issue 13) from the statement alone.
from functools import reduce


class _Composed:
    __slots__ = ("_funcs",)

    def __init__(self, funcs):
        bad = [f for f in funcs if not callable(f)]
        if bad:
            raise TypeError("not callable: %r" % (bad[0],))
        self._funcs = funcs[::-1]  # innermost first

    def __call__(self, *args, **kwargs):
        if not self._funcs:
            (x,) = args
            return x
        first, rest = self._funcs[0], self._funcs[1:]
        return reduce(lambda acc, f: f(acc), rest, first(*args, **kwargs))


def compose(*funcs):
    return _Composed(funcs)


def pipe(value, *funcs):
    return reduce(lambda acc, f: f(acc), funcs, value)
