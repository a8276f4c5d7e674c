"""Wrong: keeps every number in a list (and average_groups a list per key)
and recomputes the mean from the list: right answers, but memory grows with
the number of values instead of staying constant (and each mean costs O(n))."""

from collections import namedtuple

Result = namedtuple("Result", "count average")


def averager():
    """Coroutine: send numbers, receive the running mean; send None to finish."""
    values = []
    average = None
    while True:
        value = yield average
        if value is None:
            break
        values.append(value)
        average = sum(values) / len(values)
    return Result(len(values), average)


def grouper(results, key):
    """Delegate to one averager and store its Result in results[key]."""
    results[key] = yield from averager()


def average_groups(pairs):
    """Return {key: Result} for an iterable of (key, number) pairs."""
    values = {}
    for key, value in pairs:
        values.setdefault(key, []).append(value)
    return {key: Result(len(v), sum(v) / len(v)) for key, v in values.items()}
