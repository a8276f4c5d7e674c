import functools
import time


def timing(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            result = func(*args, **kwargs)
        except Exception:
            wrapper.timings.append(time.perf_counter() - start)
            raise
        wrapper.timings.append(time.perf_counter() - start)
        return result

    wrapper.timings = []
    return wrapper
