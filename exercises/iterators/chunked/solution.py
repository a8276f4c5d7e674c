"""Reference solution for iterators/chunked."""

import itertools


def chunked(iterable, n):
    """Return an iterator over tuples of n consecutive items of iterable."""
    # An ordinary function, not a generator function: these checks run at
    # call time, not at the first next().
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n!r}")
    it = iter(iterable)

    def chunks():
        while True:
            chunk = tuple(itertools.islice(it, n))
            if not chunk:
                return
            yield chunk

    return chunks()
