import functools
import time


def timing(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.time()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.timings.append(time.time() - start)

    wrapper.timings = []
    return wrapper
