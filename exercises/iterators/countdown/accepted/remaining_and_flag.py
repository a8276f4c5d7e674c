class CountdownIterator:
    """Iterator over start, start - 1, ..., 1."""

    def __init__(self, start):
        self._next = start
        self._exhausted = start < 1

    def __iter__(self):
        return self

    def __next__(self):
        if self._exhausted:
            raise StopIteration
        n = self._next
        self._next = n - 1
        if self._next < 1:
            self._exhausted = True
        return n


class Countdown:
    """Iterable: each iter() is a fresh CountdownIterator."""

    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)
