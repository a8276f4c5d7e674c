"""Wrong: pipe recurses once per function; thousands of functions raise RecursionError."""

def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError("not callable")
    if not funcs:
        return lambda x: x

    def composed(*args, **kwargs):
        result = funcs[-1](*args, **kwargs)
        for f in reversed(funcs[:-1]):
            result = f(result)
        return result
    return composed


def pipe(value, *funcs):
    if not funcs:
        return value
    return pipe(funcs[0](value), *funcs[1:])
