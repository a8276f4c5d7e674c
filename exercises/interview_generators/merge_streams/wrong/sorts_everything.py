"""Wrong: chains every stream into sorted(). Right order and ties on lists,
but it reads every stream to the end before producing anything, so it never
returns on an endless stream."""

import itertools


def merge_sorted(*iterables, key=None):
    yield from sorted(itertools.chain(*iterables), key=key)


def distinct(iterable):
    it = iter(iterable)
    for previous in it:
        yield previous
        break
    for item in it:
        if item != previous:
            yield item
            previous = item
