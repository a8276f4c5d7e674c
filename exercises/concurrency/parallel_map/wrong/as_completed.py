"""Wrong: collects results with as_completed, which yields futures in the order
they finish, so the list is not in the input order."""

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed


def cpu_bound(n):
    return sum(i * i for i in range(n))


def parallel_map(func, items, *, kind, workers=4):
    if kind == "thread":
        pool_class = ThreadPoolExecutor
    elif kind == "process":
        pool_class = ProcessPoolExecutor
    else:
        raise ValueError(kind)
    with pool_class(max_workers=workers) as pool:
        futures = [pool.submit(func, item) for item in items]
        return [future.result() for future in as_completed(futures)]
