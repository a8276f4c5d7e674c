def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError(f"{f!r} is not callable")
    if not funcs:
        def identity(x):
            return x
        return identity
    if len(funcs) == 1:
        return funcs[0]
    funcs = funcs[::-1]

    def composed(*args, **kwargs):
        result = funcs[0](*args, **kwargs)
        for f in funcs[1:]:
            result = f(result)
        return result
    return composed


def pipe(value, *funcs):
    for f in funcs:
        value = f(value)
    return value
