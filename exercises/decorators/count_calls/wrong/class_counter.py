"""Wrong: keeps the count on the class (CountCalls.count) instead of on the
instance, so every decorated function shares one counter."""

import functools
import types


class CountCalls:
    count = 0

    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func

    def __call__(self, *args, **kwargs):
        CountCalls.count += 1
        return self.func(*args, **kwargs)

    def reset(self):
        CountCalls.count = 0

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return types.MethodType(self, obj)
