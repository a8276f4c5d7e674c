"""Wrong: delegates to functools.lru_cache (forbidden by the exercise) and
only normalises the keyword order before the call."""

import functools as ft


def lru_cache(maxsize=128):
    if callable(maxsize):
        return lru_cache()(maxsize)

    def decorator(func):
        @ft.lru_cache(maxsize=maxsize)
        def cached(args, kw_items):
            return func(*args, **dict(kw_items))

        @ft.wraps(func)
        def wrapper(*args, **kwargs):
            return cached(args, tuple(sorted(kwargs.items())))

        wrapper.cache_info = cached.cache_info
        wrapper.cache_clear = cached.cache_clear
        return wrapper

    return decorator
