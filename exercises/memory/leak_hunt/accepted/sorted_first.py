import tracemalloc

_EXCLUDE = [tracemalloc.Filter(False, tracemalloc.__file__)]


def find_leak(func, calls=20, warmup=3):
    i = 0
    while i < warmup:
        func()
        i += 1
    own = tracemalloc.is_tracing()
    if not own:
        tracemalloc.start(1)
    try:
        s1 = tracemalloc.take_snapshot().filter_traces(_EXCLUDE)
        for _ in range(calls):
            func()
        s2 = tracemalloc.take_snapshot().filter_traces(_EXCLUDE)
    finally:
        if not own:
            tracemalloc.stop()
    stats = sorted(s2.compare_to(s1, "lineno"), key=lambda s: s.size_diff, reverse=True)
    if stats and stats[0].size_diff >= 100 * calls:
        tb = stats[0].traceback
        return (tb[0].filename, int(tb[0].lineno), int(stats[0].size_diff))
    return None
