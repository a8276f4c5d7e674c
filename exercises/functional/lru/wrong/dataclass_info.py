"""Wrong: CacheInfo is a dataclass, not a named tuple. Its repr looks
identical, but it cannot be unpacked, indexed or compared with a tuple."""

import functools
from collections import OrderedDict
from dataclasses import dataclass

_KWD_MARK = object()


@dataclass
class CacheInfo:
    hits: int
    misses: int
    maxsize: object
    currsize: int


def lru_cache(maxsize=128):
    if callable(maxsize):
        return lru_cache()(maxsize)

    def decorator(func):
        cache = OrderedDict()
        hits = misses = 0

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal hits, misses
            key = args
            if kwargs:
                key += (_KWD_MARK,) + tuple(sorted(kwargs.items()))
            if key in cache:
                hits += 1
                cache.move_to_end(key)
                return cache[key]
            misses += 1
            result = func(*args, **kwargs)
            if maxsize is None or maxsize > 0:
                cache[key] = result
                if maxsize is not None and len(cache) > maxsize:
                    cache.popitem(last=False)
            return result

        def cache_info():
            return CacheInfo(hits, misses, maxsize, len(cache))

        def cache_clear():
            nonlocal hits, misses
            cache.clear()
            hits = misses = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
