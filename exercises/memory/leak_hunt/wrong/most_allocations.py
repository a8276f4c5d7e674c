import tracemalloc


def find_leak(func, calls=20, warmup=3):
    for _ in range(warmup):
        func()
    started = not tracemalloc.is_tracing()
    if started:
        tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        for _ in range(calls):
            func()
        after = tracemalloc.take_snapshot()
    finally:
        if started:
            tracemalloc.stop()
    diffs = [d for d in after.compare_to(before, "lineno") if d.size_diff >= 100 * calls]
    if not diffs:
        return None
    top = max(diffs, key=lambda d: d.count_diff)  # most new objects, not most bytes
    return (top.traceback[0].filename, top.traceback[0].lineno, top.size_diff)
