"""Wrong: fetches the next chunk before yielding the current one (to know
whether it is the last), so it reads items that belong to the next chunk."""

import itertools


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    it = iter(iterable)

    def chunks():
        chunk = tuple(itertools.islice(it, n))
        while chunk:
            following = tuple(itertools.islice(it, n))
            yield chunk
            chunk = following

    return chunks()
