import tracemalloc


def find_leak(func, calls=20, warmup=3):
    for _ in range(warmup):
        func()
    tracemalloc.start()
    flt = [tracemalloc.Filter(False, tracemalloc.__file__)]
    before = tracemalloc.take_snapshot().filter_traces(flt)
    for _ in range(calls):
        func()
    after = tracemalloc.take_snapshot().filter_traces(flt)
    tracemalloc.stop()
    top = max(after.compare_to(before, "lineno"), key=lambda d: d.size_diff, default=None)
    if top is None or top.size_diff < 100 * calls:
        return None
    return (top.traceback[0].filename, top.traceback[0].lineno, top.size_diff)
