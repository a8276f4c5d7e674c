"""Wrong: decrements before returning, so the count runs start-1 .. 0
instead of start .. 1."""


class CountdownIterator:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current < 1:
            raise StopIteration
        self.current -= 1
        return self.current


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)
