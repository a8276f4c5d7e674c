import itertools


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n < 1")
    it = iter(iterable)
    return iter(lambda: tuple(itertools.islice(it, n)), ())
