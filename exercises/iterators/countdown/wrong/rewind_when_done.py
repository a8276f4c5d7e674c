"""Wrong: to make the iterator "reusable", __next__ rewinds to the start when
it runs out, so StopIteration is raised once and then the numbers come again."""


class CountdownIterator:
    def __init__(self, start):
        self.start = start
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current < 1:
            self.current = self.start
            raise StopIteration
        value = self.current
        self.current -= 1
        return value


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)
