"""Wrong: delegates to functools.lru_cache, which the statement forbids."""
import functools
from collections import namedtuple

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def lru_cache(maxsize=128):
    if callable(maxsize):
        return lru_cache(128)(maxsize)

    def decorator(func):
        inner = functools.lru_cache(maxsize=maxsize)(func)

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return inner(*args, **kwargs)

        wrapper.cache_info = lambda: CacheInfo(*inner.cache_info())
        wrapper.cache_clear = inner.cache_clear
        return wrapper
    return decorator
