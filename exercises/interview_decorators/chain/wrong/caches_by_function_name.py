def chain(*decorators):
    for d in decorators:
        if not callable(d):
            raise TypeError(f"{d!r} is not callable")
    done = {}
    def decorator(func):
        key = getattr(func, "__name__", None)
        if key in done:
            return done[key]
        orig = func
        for d in reversed(decorators):
            func = d(func)
        done[key] = func
        return func
    return decorator


def layers(func):
    out = [func]
    seen = {id(func)}
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError("cycle")
        seen.add(id(func))
        out.append(func)
    return out
