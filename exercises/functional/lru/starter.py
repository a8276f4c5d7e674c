"""LRU cache decorator: see `grader show functional/lru`."""

import functools
from collections import OrderedDict, namedtuple

CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def lru_cache(maxsize=128):
    """Return a decorator caching up to maxsize results, least recently used out first."""
    raise NotImplementedError("write lru_cache()")
