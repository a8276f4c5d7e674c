import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.0, backoff=1.0):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            first = None
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except exceptions as e:
                    if first is None:
                        first = e
                    if attempt < times - 1:
                        time.sleep(delay * backoff ** attempt)
            raise first

        return wrapper

    return decorator
