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
    stats = after.compare_to(before, "lineno")
    best = max(stats, key=lambda s: s.size_diff, default=None)
    if best is None or best.size_diff < 100:
        return None
    frame = best.traceback[0]
    return (frame.filename, frame.lineno, best.size_diff)
