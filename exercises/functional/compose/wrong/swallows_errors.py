"""Wrong: wraps exceptions raised by the functions in RuntimeError instead of letting them propagate unchanged."""

def compose(*funcs):
    for f in funcs:
        if not callable(f):
            raise TypeError("not callable")
    if not funcs:
        return lambda x: x

    def composed(*args, **kwargs):
        try:
            result = funcs[-1](*args, **kwargs)
            for f in reversed(funcs[:-1]):
                result = f(result)
            return result
        except Exception as e:
            raise RuntimeError(f"compose failed: {e}") from e
    return composed


def pipe(value, *funcs):
    for f in funcs:
        value = f(value)
    return value
