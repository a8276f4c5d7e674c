import types


def compose(*funcs):
    for f in funcs:
        if not isinstance(f, (types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.MethodDescriptorType, type)):
            raise TypeError(f"{f!r} is not callable")
    if not funcs:
        def identity(x):
            return x
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
