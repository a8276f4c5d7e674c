import tracemalloc


def find_leak(func, calls=20, warmup=3):
    for _ in range(warmup):
        func()
    started = not tracemalloc.is_tracing()
    if started:
        tracemalloc.start()
    try:
        flt = [tracemalloc.Filter(False, tracemalloc.__file__)]
        before = tracemalloc.take_snapshot().filter_traces(flt)
        for _ in range(calls):
            func()
        after = tracemalloc.take_snapshot().filter_traces(flt)
    finally:
        if started:
            tracemalloc.stop()
    diffs = [d for d in after.compare_to(before, "lineno") if d.size_diff >= 100 * calls]
    if not diffs:
        return None
    top = max(diffs, key=lambda d: d.size)  # biggest line, not biggest growth
    return (top.traceback[0].filename, top.traceback[0].lineno, top.size_diff)
