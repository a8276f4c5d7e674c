"""Wrong: __get__ always returns a bound method, even for access on the class
(obj is None), where types.MethodType(self, None) raises TypeError."""

import functools
import types


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.func(*args, **kwargs)

    def reset(self):
        self.count = 0

    def __get__(self, obj, objtype=None):
        return types.MethodType(self, obj)
