class CountdownIterator:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Countdown(CountdownIterator):
    def __init__(self, start):
        super().__init__(start)
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)
