class _Chunks:
    def __init__(self, iterator, n):
        self._it = iterator
        self._n = n
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        chunk = []
        for _ in range(self._n):
            try:
                chunk.append(next(self._it))
            except StopIteration:
                self._done = True
                break
        if not chunk:
            raise StopIteration
        return tuple(chunk)


def chunked(iterable, n):
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n}")
    return _Chunks(iter(iterable), n)
