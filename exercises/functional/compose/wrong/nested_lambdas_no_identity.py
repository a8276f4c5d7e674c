"""Wrong: reduces over the functions into one nested lambda per function; 5000 functions exhaust the stack."""

from functools import reduce


def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError("not callable")
    if not funcs:
        return lambda x: x
    return reduce(lambda f, g: lambda *a, **k: f(g(*a, **k)), funcs)


def pipe(value, *funcs):
    for f in funcs:
        value = f(value)
    return value
