import collections

Result = collections.namedtuple("Result", "count average")


def averager():
    n = 0
    mean = None
    x = yield
    while x is not None:
        n += 1
        mean = float(x) if n == 1 else mean + (x - mean) / n
        x = yield mean
    return Result(n, mean)


def grouper(results, key):
    result = yield from averager()
    results[key] = result


def average_groups(pairs):
    results = {}
    live = {}
    for key, number in pairs:
        g = live.get(key)
        if g is None:
            g = live[key] = grouper(results, key)
            g.send(None)
        g.send(number)
    for key in list(live):
        g = live.pop(key)
        try:
            g.send(None)
        except StopIteration:
            pass
        else:
            raise RuntimeError("grouper did not finish")
    return results
