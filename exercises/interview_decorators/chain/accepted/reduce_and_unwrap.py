import functools
import inspect


def chain(*decorators):
    if not all(callable(d) for d in decorators):
        raise TypeError("every decorator must be callable")
    order = decorators[::-1]
    return lambda func: functools.reduce(lambda acc, d: d(acc), order, func)


def layers(func):
    outer = []

    def record(obj):
        outer.append(obj)
        return False

    # inspect.unwrap calls stop() on every object it unwraps and raises
    # ValueError on a loop; it returns the innermost object.
    innermost = inspect.unwrap(func, stop=record)
    return outer + [innermost]
