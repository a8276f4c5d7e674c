"""Wrong: average_groups keeps running sums itself instead of driving
groupers, and returns the keys sorted rather than in first-appearance order."""

from collections import namedtuple

Result = namedtuple("Result", "count average")


def averager():
    """Coroutine: send numbers, receive the running mean; send None to finish."""
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return Result(count, average)


def grouper(results, key):
    """Delegate to one averager and store its Result in results[key]."""
    results[key] = yield from averager()


def average_groups(pairs):
    """Return {key: Result} for an iterable of (key, number) pairs."""
    sums = {}
    for key, value in pairs:
        total, count = sums.get(key, (0, 0))
        sums[key] = (total + value, count + 1)
    return {key: Result(c, t / c) for key, (t, c) in sorted(sums.items())}
