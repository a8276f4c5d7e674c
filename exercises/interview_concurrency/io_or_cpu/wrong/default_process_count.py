"""Wrong: ignores processes: the process pool gets its default size, one worker per CPU (from a learner simulation)."""

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

_KIND = "_run_batch_kind"


def io_bound(func):
    """Mark func as I/O-bound; return func itself."""
    setattr(func, _KIND, "io")
    return func


def cpu_bound(func):
    """Mark func as CPU-bound; return func itself."""
    setattr(func, _KIND, "cpu")
    return func


def run_batch(calls, *, threads=8, processes=2):
    """Run func(arg) for each (func, arg): I/O-bound on threads, CPU-bound in processes."""
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
    ppool = ProcessPoolExecutor() if "cpu" in kinds else None
    try:
        futures = []
        for (func, arg), kind in zip(calls, kinds):
            pool = tpool if kind == "io" else ppool
            futures.append(pool.submit(func, arg))
        results = []
        first_error = None
        for fut in futures:
            try:
                results.append(fut.result())
            except BaseException as e:
                if first_error is None:
                    first_error = e
        if first_error is not None:
            raise first_error
        return results
    finally:
        if tpool is not None:
            tpool.shutdown()
        if ppool is not None:
            ppool.shutdown()
