"""Wrong: a hit does not refresh the entry, so eviction drops the
first-inserted result (FIFO) instead of the least recently used one."""

import functools
from collections import OrderedDict, namedtuple

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

# Separates the positional arguments from the keyword ones in a key, so that
# f(("a", 1)) and f(a=1) can never produce the same key.
_KWD_MARK = object()


def _make_key(args, kwargs):
    if not kwargs:
        return args
    return args + (_KWD_MARK,) + tuple(sorted(kwargs.items()))


def lru_cache(maxsize=128):
    """Return a decorator caching up to maxsize results, least recently used out first."""
    if callable(maxsize):  # used bare: @lru_cache
        return lru_cache()(maxsize)

    def decorator(func):
        cache = OrderedDict()  # key -> result, least recently used first
        hits = misses = 0

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal hits, misses
            key = _make_key(args, kwargs)
            if key in cache:  # hashes the key: TypeError for unhashable args
                hits += 1
                return cache[key]
            misses += 1
            result = func(*args, **kwargs)
            if maxsize is None or maxsize > 0:
                cache[key] = result
                cache.move_to_end(key)
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
