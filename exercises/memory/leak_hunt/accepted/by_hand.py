import tracemalloc
from collections import defaultdict

def _by_line(snapshot):
    sizes = defaultdict(int)
    for stat in snapshot.statistics("lineno"):
        fr = stat.traceback[0]
        sizes[(fr.filename, fr.lineno)] += stat.size
    return sizes

def find_leak(func, calls=20, warmup=3):
    for _ in range(warmup):
        func()
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    try:
        first = tracemalloc.take_snapshot()
        for _ in range(calls):
            func()
        second = tracemalloc.take_snapshot()
    finally:
        if not was_tracing:
            tracemalloc.stop()
    a, b = _by_line(first), _by_line(second)
    best_key, best_growth = None, None
    for key in set(a) | set(b):
        growth = b.get(key, 0) - a.get(key, 0)
        if best_growth is None or growth > best_growth:
            best_key, best_growth = key, growth
    if best_key is None or best_growth < 100 * calls:
        return None
    return (best_key[0], best_key[1], int(best_growth))
