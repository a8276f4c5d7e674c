"""Wrong: __get__ returns functools.partial(self, obj). Calls work and are
counted, but the result is not a bound method: it has no __self__/__func__
and does not forward attributes such as `count` to the decorator."""

import functools


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
        return functools.partial(self, obj)
