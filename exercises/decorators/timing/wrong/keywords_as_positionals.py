"""Wrong: passes keyword arguments on as positional ones (func(*args, *kwargs.values())), so keyword-only parameters break."""

import functools
import time


def timing(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, *kwargs.values())
        finally:
            wrapper.timings.append(time.perf_counter() - start)

    wrapper.timings = []
    return wrapper
