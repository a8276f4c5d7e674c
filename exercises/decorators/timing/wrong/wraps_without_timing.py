"""Wrong: a well-formed wrapper that never records anything."""

import functools


def timing(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    wrapper.timings = []
    return wrapper
