from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed

_KIND = "_run_batch_kind"


def io_bound(func):
    setattr(func, _KIND, "io")
    return func


def cpu_bound(func):
    setattr(func, _KIND, "cpu")
    return func


def run_batch(calls, *, threads=8, processes=2):
    calls = list(calls)
    if threads < 1 or processes < 1:
        raise ValueError("threads and processes must be >= 1")
    kinds = []
    for func, _ in calls:
        kind = getattr(func, _KIND, None)
        if kind not in ("io", "cpu"):
            raise ValueError(f"{func!r} is marked neither io_bound nor cpu_bound")
        kinds.append(kind)
    if not calls:
        return []
    tpool = ThreadPoolExecutor(max_workers=threads) if "io" in kinds else None
    ppool = ProcessPoolExecutor(max_workers=processes) if "cpu" in kinds else None
    try:
        futures = []
        for (func, arg), kind in zip(calls, kinds):
            pool = tpool if kind == "io" else ppool
            futures.append(pool.submit(func, arg))
        # The slip: the first failure to complete, not the first in input
        # order (the pools still finish every call before it propagates).
        for f in as_completed(futures):
            exc = f.exception()
            if exc is not None:
                raise exc
    finally:
        if tpool is not None:
            tpool.shutdown(wait=True)
        if ppool is not None:
            ppool.shutdown(wait=True)
    return [f.result() for f in futures]
