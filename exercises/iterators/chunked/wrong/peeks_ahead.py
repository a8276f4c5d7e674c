class _Chunks:
    def __init__(self, it, n):
        self.it = it
        self.n = n
        self.buffer = []
        self.done = False

    def __iter__(self):
        return self

    def _fill(self):
        while not self.done and len(self.buffer) <= self.n:
            try:
                self.buffer.append(next(self.it))
            except StopIteration:
                self.done = True

    def __next__(self):
        self._fill()
        if not self.buffer:
            raise StopIteration
        chunk, self.buffer = self.buffer[: self.n], self.buffer[self.n:]
        return tuple(chunk)


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    return _Chunks(iter(iterable), n)
