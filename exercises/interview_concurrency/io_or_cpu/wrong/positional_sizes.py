"""Wrong: threads and processes may be passed positionally."""

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import ExitStack

_KINDS = ("io", "cpu")


def io_bound(func):
    """Mark func as I/O-bound: it waits more than it computes."""
    func.work = "io"
    return func


def cpu_bound(func):
    """Mark func as CPU-bound: it computes in pure Python."""
    func.work = "cpu"
    return func


def run_batch(calls, threads=8, processes=2):
    """Run func(arg) for every (func, arg) pair; I/O on threads, CPU in processes."""
    if threads < 1 or processes < 1:
        raise ValueError("threads and processes must be at least 1")
    calls = list(calls)
    for func, _ in calls:
        if getattr(func, "work", None) not in _KINDS:
            raise ValueError(f"{func!r} is marked neither io_bound nor cpu_bound")
    needed = {func.work for func, _ in calls}
    # ExitStack shuts down every pool it opened, on return and on raise
    # (shutdown waits for the calls still running).
    with ExitStack() as stack:
        pools = {}
        if "io" in needed:
            pools["io"] = stack.enter_context(ThreadPoolExecutor(max_workers=threads))
        if "cpu" in needed:
            pools["cpu"] = stack.enter_context(ProcessPoolExecutor(max_workers=processes))
        # Submit everything before waiting for anything: both pools work at once.
        futures = [pools[func.work].submit(func, arg) for func, arg in calls]
        errors = [f.exception() for f in futures]  # waits for every call
        for error in errors:
            if error is not None:
                raise error
        return [f.result() for f in futures]
