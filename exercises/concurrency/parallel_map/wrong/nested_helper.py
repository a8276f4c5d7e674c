"""Wrong: wraps func in a nested helper before handing it to the pool. Threads
do not mind, but a process pool must pickle the callable, and a local function
cannot be pickled."""

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def cpu_bound(n):
    return sum(i * i for i in range(n))


def parallel_map(func, items, *, kind, workers=4):
    pools = {"thread": ThreadPoolExecutor, "process": ProcessPoolExecutor}
    if kind not in pools:
        raise ValueError(kind)

    def call(item):
        return func(item)

    with pools[kind](max_workers=workers) as pool:
        return list(pool.map(call, items))
