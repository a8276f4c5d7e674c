"""Countdown iterable and iterator: see `grader show iterators/countdown`."""


class CountdownIterator:
    """An iterator over start, start - 1, ..., 1."""

    def __init__(self, start):
        raise NotImplementedError("write CountdownIterator.__init__")

    def __iter__(self):
        raise NotImplementedError("write CountdownIterator.__iter__")

    def __next__(self):
        raise NotImplementedError("write CountdownIterator.__next__")


class Countdown:
    """An iterable: every iter() call returns a fresh CountdownIterator."""

    def __init__(self, start):
        raise NotImplementedError("write Countdown.__init__")

    def __iter__(self):
        raise NotImplementedError("write Countdown.__iter__")
