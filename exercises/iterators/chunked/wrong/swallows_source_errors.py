class _Chunks:
    def __init__(self, it, n):
        self.it = it
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        chunk = []
        try:
            while len(chunk) < self.n:
                chunk.append(next(self.it))
        except Exception:
            pass
        if not chunk:
            raise StopIteration
        return tuple(chunk)


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    return _Chunks(iter(iterable), n)
