"""Reference solution for iterators/countdown."""


class CountdownIterator:
    """An iterator over start, start - 1, ..., 1."""

    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current < 1:
            raise StopIteration
        value = self.current
        self.current -= 1
        return value


class Countdown:
    """An iterable: every iter() call returns a fresh CountdownIterator."""

    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)
