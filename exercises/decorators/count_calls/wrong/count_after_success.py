"""Wrong: increments the count after the call returns, so calls that raise are
not counted."""

import functools
import types


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.count = 0

    def __call__(self, *args, **kwargs):
        result = self.func(*args, **kwargs)
        self.count += 1
        return result

    def reset(self):
        self.count = 0

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return types.MethodType(self, obj)
