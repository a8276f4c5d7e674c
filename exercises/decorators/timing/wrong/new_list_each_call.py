import functools, time
def timing(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.timings = wrapper.timings + [time.perf_counter() - start]
    wrapper.timings = []
    return wrapper
