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
    results = {}
    by_key = {}
    for key, value in pairs:
        by_key.setdefault(key, []).append(value)
    for key, values in by_key.items():
        g = grouper(results, key)
        next(g)
        for v in values:
            g.send(v)
        try:
            g.send(None)
        except StopIteration:
            pass
    return results
