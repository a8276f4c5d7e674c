# breaks: "A pool is created only if some call needs it" (thread pool always created for a non-empty batch)
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, wait

_KIND = "_run_batch_kind"

def io_bound(func):
    setattr(func, _KIND, "io")
    return func

def cpu_bound(func):
    setattr(func, _KIND, "cpu")
    return func

def run_batch(calls, *, threads=8, processes=2):
    if threads < 1 or processes < 1:
        raise ValueError("threads and processes must be at least 1")
    calls = list(calls)
    kinds = []
    for func, _ in calls:
        kind = getattr(func, _KIND, None)
        if kind not in ("io", "cpu"):
            raise ValueError(f"{func!r} is marked neither io_bound nor cpu_bound")
        kinds.append(kind)
    tpool = ThreadPoolExecutor(max_workers=threads) if kinds else None
    ppool = ProcessPoolExecutor(max_workers=processes) if "cpu" in kinds else None
    try:
        futures = []
        for (func, arg), kind in zip(calls, kinds):
            pool = tpool if kind == "io" else ppool
            futures.append(pool.submit(func, arg))
        wait(futures)
    finally:
        if tpool is not None:
            tpool.shutdown()
        if ppool is not None:
            ppool.shutdown()
    results = []
    for f in futures:
        exc = f.exception()
        if exc is not None:
            raise exc
        results.append(f.result())
    return results
