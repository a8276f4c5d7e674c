from collections import namedtuple

Result = namedtuple("Result", "count average")


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return Result(count, average)


def grouper(results, key):
    results[key] = yield from averager()


def average_groups(pairs):
    results = {}
    groups = {}
    for key, value in pairs:
        if key not in groups:
            g = grouper(results, key)
            next(g)
            groups[key] = g
        groups[key].send(value)
    for g in groups.values():
        try:
            g.send(None)
        except StopIteration:
            pass
    return results
