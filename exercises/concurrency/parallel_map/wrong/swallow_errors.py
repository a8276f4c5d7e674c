"""Wrong: "one failure should not spoil the other results": a call that raises
becomes None in the list, and the caller never learns about the error."""

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def cpu_bound(n):
    return sum(i * i for i in range(n))


def parallel_map(func, items, *, kind, workers=4):
    pools = {"thread": ThreadPoolExecutor, "process": ProcessPoolExecutor}
    if kind not in pools:
        raise ValueError(kind)
    with pools[kind](max_workers=workers) as pool:
        futures = [pool.submit(func, item) for item in items]
        results = []
        for future in futures:
            try:
                results.append(future.result())
            except Exception:
                results.append(None)
        return results
