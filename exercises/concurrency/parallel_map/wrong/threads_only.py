"""Wrong: uses a thread pool for both kinds ("threads are lighter"), so CPU-bound
work never leaves this process and stays serialised by the GIL."""

from concurrent.futures import ThreadPoolExecutor


def cpu_bound(n):
    return sum(i * i for i in range(n))


def parallel_map(func, items, *, kind, workers=4):
    if kind not in ("thread", "process"):
        raise ValueError(kind)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(func, items))
