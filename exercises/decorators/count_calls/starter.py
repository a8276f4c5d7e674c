"""Class-based call counter: see `grader show decorators/count_calls`."""

import functools
import types


class CountCalls:
    """Decorator that counts the calls of the function it wraps."""

    def __init__(self, func):
        raise NotImplementedError("write CountCalls.__init__()")

    def __call__(self, *args, **kwargs):
        raise NotImplementedError("write CountCalls.__call__()")

    def reset(self):
        raise NotImplementedError("write CountCalls.reset()")

    def __get__(self, obj, objtype=None):
        raise NotImplementedError("write CountCalls.__get__()")
