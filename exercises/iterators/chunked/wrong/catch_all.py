"""Wrong: pulls items with next() and catches Exception where only
StopIteration was meant, so an error from the source just ends the chunks."""


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    it = iter(iterable)

    def chunks():
        while True:
            chunk = []
            try:
                for _ in range(n):
                    chunk.append(next(it))
            except Exception:
                if chunk:
                    yield tuple(chunk)
                return
            yield tuple(chunk)

    return chunks()
