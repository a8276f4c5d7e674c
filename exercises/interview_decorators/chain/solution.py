"""Reference solution for interview_decorators/chain."""


def chain(*decorators):
    """Return one decorator equivalent to stacking decorators, top to bottom."""
    for d in decorators:
        if not callable(d):
            raise TypeError(f"not a decorator (not callable): {d!r}")
    decorators = tuple(decorators)

    def decorate(func):
        # @d1 @d2 @d3 def f  means  f = d1(d2(d3(f))): the decorator nearest
        # the function is applied first.
        for d in reversed(decorators):
            func = d(func)
        return func

    return decorate


def layers(func):
    """Return [func, func.__wrapped__, ...] down to the object with no __wrapped__."""
    found = [func]
    seen = {id(func)}
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError("__wrapped__ chain has a cycle")
        seen.add(id(func))
        found.append(func)
    return found
