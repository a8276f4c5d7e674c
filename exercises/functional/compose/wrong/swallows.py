"""Wrong: catches exceptions inside the chain and carries on with None,
hiding the error from the caller."""

from functools import reduce


def _safe(f, x):
    try:
        return f(x)
    except Exception:
        return None


def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError("compose() arguments must be callable")
    if not funcs:
        return lambda x: x

    def composed(*args, **kwargs):
        try:
            result = funcs[-1](*args, **kwargs)
        except Exception:
            result = None
        for f in reversed(funcs[:-1]):
            result = _safe(f, result)
        return result

    return composed


def pipe(value, *funcs):
    return reduce(lambda acc, f: _safe(f, acc), funcs, value)
