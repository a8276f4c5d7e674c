import functools
import types


class CountCalls:
    def __init__(self, func):
        self.func = func
        self.count = 0
        self.last_call = None
        functools.update_wrapper(self, func)

    def __call__(self, *args, **kwargs):
        self.count += 1
        self.last_call = (args, kwargs)
        return self.func(*args, **kwargs)

    def reset(self):
        self.count = 0

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return types.MethodType(self, obj)
