"""Accepted: marks kept in a module-level registry; futures.wait; pools opened lazily in nested helpers."""

import concurrent.futures as cf

_kind_of = {}


def io_bound(func):
    _kind_of[func] = "io"
    return func


def cpu_bound(func):
    _kind_of[func] = "cpu"
    return func


def _kind(func):
    try:
        return _kind_of[func]
    except (KeyError, TypeError):
        raise ValueError(f"{func!r} is not marked io_bound or cpu_bound") from None


def run_batch(calls, *, threads=8, processes=2):
    if threads < 1:
        raise ValueError("threads < 1")
    if processes < 1:
        raise ValueError("processes < 1")
    jobs = [(func, arg, _kind(func)) for func, arg in calls]
    if not jobs:
        return []
    kinds = {kind for _, _, kind in jobs}
    thread_pool = cf.ThreadPoolExecutor(threads) if "io" in kinds else None
    try:
        process_pool = cf.ProcessPoolExecutor(processes) if "cpu" in kinds else None
        try:
            futures = []
            for func, arg, kind in jobs:
                pool = thread_pool if kind == "io" else process_pool
                futures.append(pool.submit(func, arg))
            cf.wait(futures)
        finally:
            if process_pool is not None:
                process_pool.shutdown(wait=True)
    finally:
        if thread_pool is not None:
            thread_pool.shutdown(wait=True)
    results = []
    for future in futures:
        exc = future.exception()
        if exc is not None:
            raise exc
        results.append(future.result())
    return results
