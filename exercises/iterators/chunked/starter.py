"""Lazy fixed-size chunks: see `grader show iterators/chunked`."""

import itertools


def chunked(iterable, n):
    """Return an iterator over tuples of n consecutive items of iterable."""
    raise NotImplementedError("write chunked()")
