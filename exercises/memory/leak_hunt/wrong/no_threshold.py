"""Returns the top line even when it barely grew."""

import tracemalloc


_OWN = [tracemalloc.Filter(False, tracemalloc.__file__)]


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
    # Filter only now: filtering compiles patterns, which would allocate
    # between the snapshots and look like growth.
    diffs = after.filter_traces(_OWN).compare_to(before.filter_traces(_OWN), "lineno")
    if not diffs:
        return None
    top = max(diffs, key=lambda d: d.size_diff)
    frame = top.traceback[0]
    return (frame.filename, frame.lineno, top.size_diff)
