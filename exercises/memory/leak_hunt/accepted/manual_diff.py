import tracemalloc


def _by_line(snapshot):
    sizes = {}
    for stat in snapshot.statistics("lineno"):
        frame = stat.traceback[0]
        if frame.filename == tracemalloc.__file__:
            continue
        sizes[(frame.filename, frame.lineno)] = stat.size
    return sizes


def find_leak(func, calls=20, warmup=3):
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    try:
        for _ in range(warmup):
            func()
        first = _by_line(tracemalloc.take_snapshot())
        for _ in range(calls):
            func()
        second = _by_line(tracemalloc.take_snapshot())
    finally:
        if not was_tracing:
            tracemalloc.stop()
    best, best_growth = None, 0
    for key, size in second.items():
        growth = size - first.get(key, 0)
        if growth > best_growth:
            best, best_growth = key, growth
    if best is None or best_growth < 100 * calls:
        return None
    return best[0], best[1], best_growth
