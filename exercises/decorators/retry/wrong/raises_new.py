"""Wrong: after the last attempt raises a new RuntimeError (chained to the last
error) instead of re-raising the original exception object."""

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
                    if attempt < times - 1:
                        time.sleep(delay * backoff ** attempt)
            raise RuntimeError("gave up after %d attempts" % times) from last

        return wrapper

    return decorator
