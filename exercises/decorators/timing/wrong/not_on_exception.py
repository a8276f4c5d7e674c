"""Wrong: records the duration only when the call returns normally."""

import functools
import time


def timing(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        wrapper.timings.append(time.perf_counter() - start)
        return result

    wrapper.timings = []
    return wrapper
