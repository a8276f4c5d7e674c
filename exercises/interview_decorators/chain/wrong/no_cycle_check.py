"""Wrong: layers follows __wrapped__ without remembering what it has seen,
so a cycle makes it loop forever."""


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
        found.append(func)
        if len(found) > 10_000_000:
            break
    return found
