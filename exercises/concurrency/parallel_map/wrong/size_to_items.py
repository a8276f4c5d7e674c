"""Wrong: "never start more workers than items": sizes the pool with
len(items), which breaks on generators, and on an empty list asks for a pool
of 0 workers, which raises ValueError instead of returning []."""

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def cpu_bound(n):
    return sum(i * i for i in range(n))


def parallel_map(func, items, *, kind, workers=4):
    pools = {"thread": ThreadPoolExecutor, "process": ProcessPoolExecutor}
    if kind not in pools:
        raise ValueError(kind)
    with pools[kind](max_workers=min(workers, len(items))) as pool:
        return list(pool.map(func, items))
