"""Wrong: keeps the recency order in a list; list.remove scans the whole
list on every hit, so each call costs O(maxsize) instead of O(1)."""

import functools
from collections import namedtuple

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

_KWD_MARK = object()


def lru_cache(maxsize=128):
    if callable(maxsize):
        return lru_cache()(maxsize)

    def decorator(func):
        cache = {}
        order = []  # least recently used first
        hits = misses = 0

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal hits, misses
            key = args
            if kwargs:
                key += (_KWD_MARK,) + tuple(sorted(kwargs.items()))
            if key in cache:
                hits += 1
                order.remove(key)
                order.append(key)
                return cache[key]
            misses += 1
            result = func(*args, **kwargs)
            if maxsize is None or maxsize > 0:
                cache[key] = result
                order.append(key)
                if maxsize is not None and len(order) > maxsize:
                    del cache[order.pop(0)]
            return result

        def cache_info():
            return CacheInfo(hits, misses, maxsize, len(cache))

        def cache_clear():
            nonlocal hits, misses
            cache.clear()
            order.clear()
            hits = misses = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
