"""Wrong: a plain generator function with the checks inside. Its body only
runs at the first next(), so chunked([1], 0) raises nothing at call time."""

import itertools


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    it = iter(iterable)
    while True:
        chunk = tuple(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk
