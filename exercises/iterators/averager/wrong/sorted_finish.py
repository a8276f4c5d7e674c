from collections import namedtuple

Result = namedtuple("Result", "count average")


def averager():
    total, count, average = 0.0, 0, None
    while True:
        term = yield average
        if term is None:
            return Result(count, average)
        total += term
        count += 1
        average = total / count


def grouper(results, key):
    results[key] = yield from averager()


def average_groups(pairs):
    results, groups = {}, {}
    for key, value in pairs:
        if key not in groups:
            groups[key] = grouper(results, key)
            next(groups[key])
        groups[key].send(value)
    for key in sorted(groups, key=str):
        try:
            groups[key].send(None)
        except StopIteration:
            pass
    return results
