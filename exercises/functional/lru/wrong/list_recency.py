"""Wrong: keeps recency in a list and calls list.remove on every hit: each operation scans the cache."""
from collections import namedtuple
from functools import wraps

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def lru_cache(maxsize=128):
    if callable(maxsize):
        return lru_cache(128)(maxsize)

    def decorator(func):
        cache = {}
        order = []
        hits = misses = 0

        @wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal hits, misses
            key = (args, tuple(sorted(kwargs.items())))
            if key in cache:
                hits += 1
                order.remove(key)
                order.append(key)
                return cache[key]
            misses += 1
            result = func(*args, **kwargs)
            if maxsize != 0:
                cache[key] = result
                order.append(key)
                if maxsize is not None and len(order) > maxsize:
                    del cache[order.pop(0)]
            return result

        def cache_info():
            return CacheInfo(hits, misses, maxsize, len(cache))

        def cache_clear():
            nonlocal hits, misses
            cache.clear(); order.clear(); hits = misses = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper
    return decorator
