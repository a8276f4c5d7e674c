"""Wrong: chain wraps the stacked result in a wrapper of its own (with
functools.wraps): an extra layer, and property or staticmethod results are
hidden inside a plain function."""

import functools


def chain(*decorators):
    for d in decorators:
        if not callable(d):
            raise TypeError("not callable")

    def decorate(func):
        inner = func
        for d in reversed(decorators):
            inner = d(inner)

        @functools.wraps(inner)
        def wrapper(*args, **kwargs):
            return inner(*args, **kwargs)

        return wrapper

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
