"""Wrong: sleeps after every failed attempt, including the last one, so a call
that gives up waits once more for nothing."""

import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.0, backoff=1.0):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    last = exc
                    time.sleep(delay * backoff ** attempt)
            raise last

        return wrapper

    return decorator
