"""Wrong: grows each chunk with `chunk += (item,)`. Tuples are immutable, so
every += copies the whole chunk: quadratic in n, hopeless for big chunks."""


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    it = iter(iterable)

    def chunks():
        chunk = ()
        for item in it:
            chunk += (item,)
            if len(chunk) == n:
                yield chunk
                chunk = ()
        if chunk:
            yield chunk

    return chunks()
