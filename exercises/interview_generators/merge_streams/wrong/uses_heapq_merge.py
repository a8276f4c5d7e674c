"""Wrong: hands the job to heapq.merge, which the statement rules out."""

import heapq
from itertools import groupby


def merge_sorted(*iterables, key=None):
    return heapq.merge(*iterables, key=key)


def distinct(iterable):
    for value, _group in groupby(iterable):
        yield value
