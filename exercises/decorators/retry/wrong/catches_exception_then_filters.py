import functools, time
def retry(times=3, exceptions=(Exception,), delay=0.0, backoff=1.0):
    if times < 1:
        raise ValueError("times must be >= 1")
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except Exception as e:
                    if not isinstance(e, exceptions):
                        raise
                    if attempt == times - 1:
                        raise
                    time.sleep(delay * backoff ** attempt)
        return wrapper
    return decorator
