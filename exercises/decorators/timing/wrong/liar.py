"""Wrong (and dishonest): returns a stand-in that prints like the result and
claims to equal everything, hoping text comparison is all that is checked."""

import functools
import time


class Liar:
    def __init__(self, value):
        self._value = value

    def __eq__(self, other):
        return True

    def __repr__(self):
        return repr(self._value)

    def __str__(self):
        return str(self._value)

    def __hash__(self):
        return 0


def timing(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return Liar(func(*args, **kwargs))
        finally:
            wrapper.timings.append(time.perf_counter() - start)

    wrapper.timings = []
    return wrapper
