import functools
import time


def timing(func):
    """Return a wrapper that times every call of func."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.timings.append(round(time.perf_counter() - start, 6))

    wrapper.timings = []
    return wrapper
