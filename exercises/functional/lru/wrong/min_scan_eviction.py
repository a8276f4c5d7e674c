"""Wrong: stamps each entry with a counter and evicts with min() over the cache: each eviction scans every entry."""
from collections import namedtuple
from functools import wraps
from itertools import count

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def lru_cache(maxsize=128):
    if callable(maxsize):
        return lru_cache(128)(maxsize)

    def decorator(func):
        cache = {}
        stamp = {}
        clock = count()
        info = [0, 0]

        @wraps(func)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            if key in cache:
                info[0] += 1
                stamp[key] = next(clock)
                return cache[key]
            info[1] += 1
            result = func(*args, **kwargs)
            if maxsize != 0:
                cache[key] = result
                stamp[key] = next(clock)
                if maxsize is not None and len(cache) > maxsize:
                    oldest = min(stamp, key=stamp.get)
                    del cache[oldest], stamp[oldest]
            return result

        wrapper.cache_info = lambda: CacheInfo(info[0], info[1], maxsize, len(cache))

        def cache_clear():
            cache.clear(); stamp.clear(); info[:] = [0, 0]
        wrapper.cache_clear = cache_clear
        return wrapper
    return decorator
