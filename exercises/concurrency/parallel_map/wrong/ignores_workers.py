"""Wrong: forgets to pass workers to the pool, so it runs with the pool's default
size (several threads per core) instead of the number asked for."""

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def cpu_bound(n):
    return sum(i * i for i in range(n))


def parallel_map(func, items, *, kind, workers=4):
    if workers < 1:
        raise ValueError(workers)
    if kind == "thread":
        pool = ThreadPoolExecutor()
    elif kind == "process":
        pool = ProcessPoolExecutor()
    else:
        raise ValueError(kind)
    with pool:
        return list(pool.map(func, items))
