"""Wrong: checks `times` only when the decorated function is called, so
retry(times=0) is accepted and the mistake surfaces far from its cause."""

import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.0, backoff=1.0):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if times < 1:
                raise ValueError("times must be at least 1")
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times - 1:
                        raise
                    time.sleep(delay * backoff ** attempt)

        return wrapper

    return decorator
