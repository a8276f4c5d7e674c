class CountdownIterator:
    def __init__(self, start):
        self._gen = self._count(start)

    @staticmethod
    def _count(n):
        while n > 0:
            yield n
            n -= 1

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)
