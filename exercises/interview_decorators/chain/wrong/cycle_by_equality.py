"""Wrong: detects a cycle with `obj in found`, which compares with ==: an
object that claims to equal everything looks like a cycle."""


def chain(*decorators):
    for d in decorators:
        if not callable(d):
            raise TypeError("not callable")

    def decorate(func):
        for d in reversed(decorators):
            func = d(func)
        return func

    return decorate


def layers(func):
    found = [func]
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
        if func in found:
            raise ValueError("cycle")
        found.append(func)
    return found
