from functools import wraps
from time import sleep


def retry(times=3, exceptions=(Exception,), delay=0.0, backoff=1.0):
    if times < 1:
        raise ValueError(f"times must be >= 1, got {times}")

    def decorator(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            attempt = 0
            wait = delay
            while True:
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    attempt += 1
                    if attempt >= times:
                        raise exc
                sleep(wait)
                wait *= backoff

        return wrapper

    return decorator
