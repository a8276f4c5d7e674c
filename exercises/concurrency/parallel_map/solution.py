"""Reference solution for concurrency/parallel_map."""

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

_POOLS = {"thread": ThreadPoolExecutor, "process": ProcessPoolExecutor}


def cpu_bound(n):
    """Return sum(i * i for i in range(n)), computed in pure Python."""
    return sum(i * i for i in range(n))


def parallel_map(func, items, *, kind, workers=4):
    """Return [func(x) for x in items], computed by a pool of threads or processes."""
    if kind not in _POOLS:
        raise ValueError(f"kind must be 'thread' or 'process', not {kind!r}")
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers!r}")
    # The with block shuts the pool down (and waits for its workers) on the
    # way out, also when a call raised. map() yields results in input order
    # and re-raises a call's exception when its result is reached.
    with _POOLS[kind](max_workers=workers) as pool:
        return list(pool.map(func, items))
