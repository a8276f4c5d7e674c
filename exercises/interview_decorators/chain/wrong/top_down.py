"""Wrong: applies the decorators in the order listed, so the first one is
nearest the function: chain(bold, italic) gives <i><b>hello</b></i>."""


def chain(*decorators):
    for d in decorators:
        if not callable(d):
            raise TypeError("not callable")

    def decorate(func):
        for d in decorators:
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
