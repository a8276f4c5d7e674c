import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.0, backoff=1.0):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                time.sleep(delay * backoff ** max(attempt - 1, 0))
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times - 1:
                        raise
        return wrapper

    return decorator
