"""Wrong: checks that the decorators are callable only when the chain
decorates a function, not when chain(...) is called."""


def chain(*decorators):
    def decorate(func):
        for d in reversed(decorators):
            if not callable(d):
                raise TypeError("not callable")
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
