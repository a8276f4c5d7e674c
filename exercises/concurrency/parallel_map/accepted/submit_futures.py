"""parallel_map with submit(), futures read in input order, explicit shutdown in finally."""
import concurrent.futures as cf


def cpu_bound(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallel_map(func, items, *, kind, workers=4):
    if kind == "thread":
        factory = cf.ThreadPoolExecutor
    elif kind == "process":
        factory = cf.ProcessPoolExecutor
    else:
        raise ValueError("unknown kind: %r" % (kind,))
    if workers < 1:
        raise ValueError("need at least one worker")
    pool = factory(max_workers=workers)
    try:
        futures = [pool.submit(func, item) for item in items]
        return [f.result() for f in futures]
    finally:
        pool.shutdown(wait=True)
