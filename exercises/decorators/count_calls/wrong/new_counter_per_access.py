"""Wrong: __get__ wraps the bound function in a brand-new CountCalls on every
attribute access, so calls through an instance are counted on a throw-away
counter and the method's own count never moves."""

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
        if obj is None:
            return self
        return CountCalls(types.MethodType(self.func, obj))
