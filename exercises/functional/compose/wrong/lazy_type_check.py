"""Wrong: checks callability only when the composed function is called, not when compose is called."""

def compose(*funcs):
    def composed(*args, **kwargs):
        for f in funcs:
            if not callable(f):
                raise TypeError("not callable")
        if not funcs:
            return args[0]
        result = funcs[-1](*args, **kwargs)
        for f in reversed(funcs[:-1]):
            result = f(result)
        return result
    return composed


def pipe(value, *funcs):
    for f in funcs:
        value = f(value)
    return value
