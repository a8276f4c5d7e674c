"""compose/pipe with plain loops."""


def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError(f"not callable: {f!r}")
    if not funcs:
        return lambda x: x
    funcs = tuple(funcs)

    def composed(*args, **kwargs):
        result = funcs[-1](*args, **kwargs)
        for f in reversed(funcs[:-1]):
            result = f(result)
        return result

    return composed


def pipe(value, *funcs):
    for f in funcs:
        value = f(value)
    return value
