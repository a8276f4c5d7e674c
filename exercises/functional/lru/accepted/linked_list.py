"""LRU cache with a dict of nodes in a circular doubly linked list (as CPython does)."""
import functools
from collections import namedtuple

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

PREV, NEXT, KEY, RESULT = 0, 1, 2, 3


class _Cached:
    def __init__(self, func, maxsize):
        functools.update_wrapper(self, func)
        self._func = func
        self._maxsize = maxsize
        self._map = {}
        self._root = []
        self._root[:] = [self._root, self._root, None, None]
        self._hits = self._misses = 0

    def __call__(self, *args, **kwargs):
        key = (tuple(args), tuple(sorted(kwargs.items())))
        node = self._map.get(key)
        if node is not None:
            self._hits += 1
            # unlink, then link at the most recent end
            node[PREV][NEXT] = node[NEXT]
            node[NEXT][PREV] = node[PREV]
            last = self._root[PREV]
            last[NEXT] = self._root[PREV] = node
            node[PREV], node[NEXT] = last, self._root
            return node[RESULT]
        self._misses += 1
        result = self._func(*args, **kwargs)
        if self._maxsize == 0:
            return result
        last = self._root[PREV]
        node = [last, self._root, key, result]
        last[NEXT] = self._root[PREV] = self._map[key] = node
        if self._maxsize is not None and len(self._map) > self._maxsize:
            oldest = self._root[NEXT]
            self._root[NEXT] = oldest[NEXT]
            oldest[NEXT][PREV] = self._root
            del self._map[oldest[KEY]]
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)

    def cache_info(self):
        return CacheInfo(self._hits, self._misses, self._maxsize, len(self._map))

    def cache_clear(self):
        self._map.clear()
        self._root[:] = [self._root, self._root, None, None]
        self._hits = self._misses = 0


def lru_cache(maxsize=128):
    if callable(maxsize):
        return _Cached(maxsize, 128)
    return lambda func: _Cached(func, maxsize)
