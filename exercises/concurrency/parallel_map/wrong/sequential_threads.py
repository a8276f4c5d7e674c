"""Wrong: "because of the GIL threads never run in parallel, so they are
useless": the thread kind just calls func in a loop. But threads release the
GIL while they wait, so I/O-bound calls would have overlapped."""

from concurrent.futures import ProcessPoolExecutor


def cpu_bound(n):
    return sum(i * i for i in range(n))


def parallel_map(func, items, *, kind, workers=4):
    if workers < 1:
        raise ValueError(workers)
    if kind == "thread":
        return [func(item) for item in items]
    if kind == "process":
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(func, items))
    raise ValueError(kind)
