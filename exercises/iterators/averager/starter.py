"""Running-average coroutines: see `grader show iterators/averager`."""

from collections import namedtuple

Result = namedtuple("Result", "count average")


def averager():
    """Coroutine: send numbers, receive the running mean; send None to finish."""
    raise NotImplementedError("write averager()")


def grouper(results, key):
    """Delegate to one averager and store its Result in results[key]."""
    raise NotImplementedError("write grouper()")


def average_groups(pairs):
    """Return {key: Result} for an iterable of (key, number) pairs."""
    raise NotImplementedError("write average_groups()")
