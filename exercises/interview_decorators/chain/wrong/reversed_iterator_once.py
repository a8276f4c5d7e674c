"""Wrong: keeps reversed(decorators), an iterator, which the first decorated
function uses up: the next functions get no decorators at all."""


def chain(*decorators):
    for d in decorators:
        if not callable(d):
            raise TypeError("not callable")
    order = reversed(decorators)

    def decorate(func):
        for d in order:
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
