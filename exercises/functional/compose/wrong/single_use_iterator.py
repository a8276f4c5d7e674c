"""Wrong: keeps one reversed() iterator made in compose; the second call skips the outer functions."""

def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError("not callable")
    if not funcs:
        return lambda x: x
    inner = funcs[-1]
    rest = reversed(funcs[:-1])

    def composed(*args, **kwargs):
        result = inner(*args, **kwargs)
        for f in rest:
            result = f(result)
        return result
    return composed


def pipe(value, *funcs):
    for f in funcs:
        value = f(value)
    return value
