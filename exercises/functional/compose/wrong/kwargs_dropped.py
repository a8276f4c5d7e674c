"""Wrong: the composed function takes only *args, so keyword arguments never reach the innermost function."""

def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError("not callable")
    if not funcs:
        return lambda x: x

    def composed(*args):
        result = funcs[-1](*args)
        for f in reversed(funcs[:-1]):
            result = f(result)
        return result
    return composed


def pipe(value, *funcs):
    for f in funcs:
        value = f(value)
    return value
