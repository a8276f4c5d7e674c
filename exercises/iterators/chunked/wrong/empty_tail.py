"""Wrong: yields the chunk before testing it, stopping only after a short
chunk, so an input whose length is a multiple of n ends with an empty tuple."""

import itertools


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    it = iter(iterable)

    def chunks():
        while True:
            chunk = tuple(itertools.islice(it, n))
            yield chunk
            if len(chunk) < n:
                return

    return chunks()
