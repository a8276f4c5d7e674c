class CountdownIterator:
    def __init__(self, start):
        self._it = iter(range(start, 0, -1))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return iter(range(self.start, 0, -1))
