from functools import reduce


def chain(*decorators):
    for d in decorators:
        if not callable(d):
            raise TypeError(f"{d!r} is not callable")

    def decorator(func):
        return reduce(lambda acc, d: d(acc), reversed(decorators), func)

    return decorator


def layers(func):
    out = []
    seen = set()
    current = func
    while True:
        if id(current) in seen:
            raise ValueError("__wrapped__ chain has a cycle")
        seen.add(id(current))
        out.append(current)
        nxt = getattr(current, "__wrapped__", None)
        if nxt is None:
            return out
        current = nxt
