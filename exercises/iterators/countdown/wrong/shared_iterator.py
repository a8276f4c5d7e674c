"""Wrong: Countdown builds one CountdownIterator up front and hands out that
same object from every iter() call, so a second loop finds it exhausted."""


class CountdownIterator:
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
    def __init__(self, start):
        self.start = start
        self._iterator = CountdownIterator(start)

    def __iter__(self):
        return self._iterator
