from itertools import zip_longest

_MISSING = object()


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    it = iter(iterable)
    return (tuple(x for x in group if x is not _MISSING)
            for group in zip_longest(*[it] * n, fillvalue=_MISSING))
