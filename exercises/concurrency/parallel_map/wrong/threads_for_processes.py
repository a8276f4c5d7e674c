"""Wrong: uses a thread pool for both kinds."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def cpu_bound(n):
    return sum(i * i for i in range(n))


def parallel_map(func, items, *, kind, workers=4):
    pools = {"thread": ThreadPoolExecutor, "process": ThreadPoolExecutor}
    if kind not in pools:
        raise ValueError(f"kind must be 'thread' or 'process', not {kind!r}")
    if workers < 1:
        raise ValueError("workers must be at least 1")
    items = list(items)
    if not items:
        return []
    with pools[kind](max_workers=workers) as pool:
        return list(pool.map(func, items))
