"""Accepted: split the batch by kind, map each part on its pool at once, merge back by index."""

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

IO, CPU = "io", "cpu"


def _mark(kind):
    def decorator(func):
        setattr(func, "_pool_kind", kind)
        return func
    return decorator


io_bound = _mark(IO)
cpu_bound = _mark(CPU)


def run_batch(calls, *, threads=8, processes=2):
    if min(threads, processes) < 1:
        raise ValueError("pool sizes must be >= 1")
    calls = list(calls)
    groups = {IO: [], CPU: []}
    for index, (func, arg) in enumerate(calls):
        kind = getattr(func, "_pool_kind", None)
        if kind not in groups:
            raise ValueError("unmarked function")
        groups[kind].append((index, func, arg))
    outcome = [None] * len(calls)

    def start(pool, group):
        return [(i, pool.submit(f, a)) for i, f, a in group]

    pending = []
    if groups[IO] and groups[CPU]:
        with ThreadPoolExecutor(threads) as tp, ProcessPoolExecutor(processes) as pp:
            pending = start(tp, groups[IO]) + start(pp, groups[CPU])
            for i, fut in pending:
                fut.exception()
    elif groups[IO]:
        with ThreadPoolExecutor(threads) as tp:
            pending = start(tp, groups[IO])
            for i, fut in pending:
                fut.exception()
    elif groups[CPU]:
        with ProcessPoolExecutor(processes) as pp:
            pending = start(pp, groups[CPU])
            for i, fut in pending:
                fut.exception()
    failed = []
    for i, fut in pending:
        if fut.exception() is not None:
            failed.append((i, fut.exception()))
        else:
            outcome[i] = fut.result()
    if failed:
        raise min(failed, key=lambda pair: pair[0])[1]
    return outcome
