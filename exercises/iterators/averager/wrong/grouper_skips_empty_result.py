from collections import namedtuple

Result = namedtuple("Result", "count average")


def averager():
    total = 0
    count = 0
    average = None
    while True:
        x = yield average
        if x is None:
            break
        total += x
        count += 1
        average = total / count
    return Result(count, average)


def grouper(results, key):
    result = yield from averager()
    if result.count:
        results[key] = result


def average_groups(pairs):
    results = {}
    groups = {}
    for key, number in pairs:
        g = groups.get(key)
        if g is None:
            g = groups[key] = grouper(results, key)
            next(g)
        g.send(number)
    for g in groups.values():
        try:
            g.send(None)
        except StopIteration:
            pass
    return results
