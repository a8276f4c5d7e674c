"""Wrong: counts attempts in a variable of the factory's closure that is never
reset, so the budget is shared by every call (and by every function the same
retry(...) decorates) instead of starting afresh on each call."""

import functools
import time


def retry(times=3, exceptions=(Exception,), delay=0.0, backoff=1.0):
    if times < 1:
        raise ValueError("times must be at least 1")
    attempts = 0

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal attempts
            while True:
                attempts += 1
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempts >= times:
                        raise
                    time.sleep(delay * backoff ** (attempts - 1))

        return wrapper

    return decorator
