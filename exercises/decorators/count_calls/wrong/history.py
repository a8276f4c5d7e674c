"""Wrong: records every call's arguments and result in a list and reports its
length as the count, keeping all of them alive (a memory leak)."""

import functools
import types


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = []

    @property
    def count(self):
        return len(self.calls)

    def __call__(self, *args, **kwargs):
        entry = [args, kwargs, None]
        self.calls.append(entry)
        entry[2] = self.func(*args, **kwargs)
        return entry[2]

    def reset(self):
        self.calls = []

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return types.MethodType(self, obj)
