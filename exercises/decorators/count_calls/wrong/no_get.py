"""Wrong: no __get__, so the instance is not a descriptor: `obj.method(x)` calls
it without `self` (TypeError: missing a required positional argument)."""

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
