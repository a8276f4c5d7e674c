"""Wrong: counts a miss only after the function returned, so a call that raises is not counted."""
from collections import OrderedDict, namedtuple
from functools import wraps

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

_KW = object()


def _key(args, kwargs):
    key = args
    if kwargs:
        key += (_KW,) + tuple(sorted(kwargs.items()))
    hash(key)
    return key


def lru_cache(maxsize=128):
    if callable(maxsize):
        return lru_cache(128)(maxsize)

    def decorator(func):
        cache = OrderedDict()
        stats = {"hits": 0, "misses": 0}

        @wraps(func)
        def wrapper(*args, **kwargs):
            key = _key(args, kwargs)
            if key in cache:
                stats["hits"] += 1
                cache.move_to_end(key)
                return cache[key]
            result = func(*args, **kwargs)
            stats["misses"] += 1
            if maxsize is None or maxsize > 0:
                cache[key] = result
                if maxsize is not None and len(cache) > maxsize:
                    cache.popitem(last=False)
            return result

        def cache_info():
            return CacheInfo(stats["hits"], stats["misses"], maxsize, len(cache))

        def cache_clear():
            cache.clear()
            stats["hits"] = stats["misses"] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return wrapper

    return decorator
