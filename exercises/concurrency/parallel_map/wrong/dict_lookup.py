"""Wrong: picks the pool class with a plain dict lookup, so an unknown kind
raises KeyError instead of the ValueError the interface promises."""

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def cpu_bound(n):
    return sum(i * i for i in range(n))


def parallel_map(func, items, *, kind, workers=4):
    pool_class = {"thread": ThreadPoolExecutor, "process": ProcessPoolExecutor}[kind]
    with pool_class(max_workers=workers) as pool:
        return list(pool.map(func, items))
