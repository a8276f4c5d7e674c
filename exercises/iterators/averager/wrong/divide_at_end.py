"""Wrong: computes the average only once, after the loop, as total / count;
finishing an averager that received nothing raises ZeroDivisionError, and
the running means yielded on the way are the running totals."""

from collections import namedtuple

Result = namedtuple("Result", "count average")


def averager():
    total = 0
    count = 0
    while True:
        value = yield (total if count else None)
        if value is None:
            break
        total += value
        count += 1
    return Result(count, total / count)


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
