from itertools import islice


def chunked(iterable, n):
    """Return an iterator over tuples of n consecutive items of iterable."""
    if n < 1:
        raise ValueError("n must be at least 1")
    it = iter(iterable)

    def chunks():
        while True:
            chunk = tuple(islice(it, n))
            if not chunk:
                return
            yield chunk

    return chunks()
