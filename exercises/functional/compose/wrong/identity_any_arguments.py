# rule broken: "compose() with no functions returns an identity function of one argument" (accepts any number of arguments)
def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError(f"{f!r} is not callable")
    if not funcs:
        def identity(*args, **kwargs):
            return args[0] if args else None
        return identity
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
