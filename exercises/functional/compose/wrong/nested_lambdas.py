"""Wrong: folds the functions themselves into one nested lambda per
function. Calling the result needs one stack frame per function, so 5000
functions raise RecursionError."""

from functools import reduce


def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError("compose() arguments must be callable")
    return reduce(lambda f, g: lambda *a, **k: f(g(*a, **k)), funcs, lambda x: x)


def pipe(value, *funcs):
    return compose(*reversed(funcs))(value)
