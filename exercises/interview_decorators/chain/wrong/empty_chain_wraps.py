"""Wrong: chain() with no decorators returns a new pass-through wrapper
instead of the function itself."""

import functools


def chain(*decorators):
    for d in decorators:
        if not callable(d):
            raise TypeError("not callable")

    def decorate(func):
        if not decorators:
            @functools.wraps(func)
            def same(*args, **kwargs):
                return func(*args, **kwargs)
            return same
        for d in reversed(decorators):
            func = d(func)
        return func

    return decorate


def layers(func):
    found = [func]
    seen = {id(func)}
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError("cycle")
        seen.add(id(func))
        found.append(func)
    return found
