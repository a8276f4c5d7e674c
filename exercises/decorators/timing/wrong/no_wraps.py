"""Wrong: forgets functools.wraps, so __name__, __doc__ and __wrapped__ are lost."""

import time


def timing(func):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.timings.append(time.perf_counter() - start)

    wrapper.timings = []
    return wrapper
