"""Wrong: ends on any falsy value (`if not value`), so sending 0 stops
the averager instead of adding a zero."""

from collections import namedtuple

Result = namedtuple("Result", "count average")


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if not value:
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
    results = {}
    groups = {}
    for key, value in pairs:
        group = groups.get(key)
        if group is None:
            group = groups[key] = grouper(results, key)
            next(group)
        group.send(value)
    for group in groups.values():
        try:
            group.send(None)
        except StopIteration:
            pass
    return results
