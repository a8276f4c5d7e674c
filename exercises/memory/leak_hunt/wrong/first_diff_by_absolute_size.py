import tracemalloc


def find_leak(func, calls=20, warmup=3):
    for _ in range(warmup):
        func()
    started_here = not tracemalloc.is_tracing()
    if started_here:
        tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        for _ in range(calls):
            func()
        after = tracemalloc.take_snapshot()
    finally:
        if started_here:
            tracemalloc.stop()
    diffs = after.compare_to(before, "lineno")
    best = diffs[0] if diffs else None
    if best is None or best.size_diff < 100 * calls or best.size_diff <= 0:
        return None
    frame = best.traceback[0]
    return (frame.filename, frame.lineno, int(best.size_diff))
