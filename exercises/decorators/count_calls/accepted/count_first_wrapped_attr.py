from functools import update_wrapper
from types import MethodType


class CountCalls:
    def __init__(self, func):
        update_wrapper(self, func)
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.__wrapped__(*args, **kwargs)

    def reset(self):
        self.count = 0

    def __get__(self, obj, objtype=None):
        return self if obj is None else MethodType(self, obj)
