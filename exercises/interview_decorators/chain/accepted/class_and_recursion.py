class chain:
    """A decorator object: chain(d1, d2)(f) is d1(d2(f))."""

    def __init__(self, *decorators):
        for d in decorators:
            if not callable(d):
                raise TypeError("%r is not callable" % (d,))
        self.decorators = list(decorators)

    def __call__(self, func):
        result = func
        i = len(self.decorators) - 1
        while i >= 0:
            result = self.decorators[i](result)
            i -= 1
        return result


def layers(func, _seen=None):
    seen = _seen if _seen is not None else []
    if any(obj is func for obj in seen):
        raise ValueError("cycle in __wrapped__")
    seen.append(func)
    try:
        inner = func.__wrapped__
    except AttributeError:
        return [func]
    return [func] + layers(inner, seen)
