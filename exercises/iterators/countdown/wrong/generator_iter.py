"""Wrong: Countdown.__iter__ is a generator, which loops fine but never
returns a CountdownIterator; and CountdownIterator forgets __iter__, so it is
not a real iterator (a for loop over it raises TypeError)."""


class CountdownIterator:
    def __init__(self, start):
        self.current = start

    def __next__(self):
        if self.current < 1:
            raise StopIteration
        value = self.current
        self.current -= 1
        return value


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
