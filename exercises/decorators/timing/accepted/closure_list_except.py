from functools import wraps
from time import perf_counter


def timing(func):
    timings = []

    @wraps(func)
    def wrapper(*args, **kwargs):
        t0 = perf_counter()
        try:
            result = func(*args, **kwargs)
        except BaseException:
            timings.append(perf_counter() - t0)
            raise
        timings.append(perf_counter() - t0)
        return result

    wrapper.timings = timings
    return wrapper
