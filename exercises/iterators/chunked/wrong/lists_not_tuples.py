from itertools import islice


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    it = iter(iterable)
    return iter(lambda: list(islice(it, n)), [])
