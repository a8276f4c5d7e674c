"""Wrong: pipe(value) with no functions returns a copy of a list instead of the value itself."""

def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError("not callable")
    def composed(*args, **kwargs):
        if not funcs:
            return args[0] if len(args) == 1 else args
        result = funcs[-1](*args, **kwargs)
        for f in reversed(funcs[:-1]):
            result = f(result)
        return result
    return composed


def pipe(value, *funcs):
    return compose(*reversed(funcs))(value) if funcs else (value[:] if isinstance(value, list) else value)
