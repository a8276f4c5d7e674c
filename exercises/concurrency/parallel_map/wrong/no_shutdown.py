"""Wrong: a one-liner that never shuts the pool down, so its worker threads or
processes are left running after parallel_map returns."""

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def cpu_bound(n):
    return sum(i * i for i in range(n))


def parallel_map(func, items, *, kind, workers=4):
    if kind == "thread":
        return list(ThreadPoolExecutor(max_workers=workers).map(func, items))
    if kind == "process":
        return list(ProcessPoolExecutor(max_workers=workers).map(func, items))
    raise ValueError(kind)
