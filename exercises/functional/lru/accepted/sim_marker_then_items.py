# Accepted: written by the blind learner simulation (issue 13) from the statement alone.
from collections import OrderedDict, namedtuple
from functools import wraps

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

_KW_MARK = object()


def _make_key(args, kwargs):
    key = args
    if kwargs:
        key += (_KW_MARK,)
        for item in sorted(kwargs.items()):
            key += item
    return key


def lru_cache(maxsize=128):
    if callable(maxsize):
        return lru_cache(128)(maxsize)

    def decorator(func):
        cache = OrderedDict()
        stats = {"hits": 0, "misses": 0}

        @wraps(func)
        def wrapper(*args, **kwargs):
            key = _make_key(args, kwargs)
            try:
                result = cache[key]
            except KeyError:
                pass
            else:
                cache.move_to_end(key)
                stats["hits"] += 1
                return result
            stats["misses"] += 1
            result = func(*args, **kwargs)
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
