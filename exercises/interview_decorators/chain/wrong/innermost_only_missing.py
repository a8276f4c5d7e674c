"""Wrong: layers stops at the last object that still has __wrapped__ and
leaves out the innermost one (the original function)."""


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
    found = []
    seen = set()
    while hasattr(func, "__wrapped__"):
        if id(func) in seen:
            raise ValueError("cycle")
        seen.add(id(func))
        found.append(func)
        func = func.__wrapped__
    return found or [func]
