"""Sleeps while holding the lock: the sleepers queue up one by one."""

import contextlib
import sys
import threading
import time


@contextlib.contextmanager
def switch_interval(seconds):
    old = sys.getswitchinterval()
    sys.setswitchinterval(seconds)
    try:
        yield
    finally:
        sys.setswitchinterval(old)


def thread_log(n_threads, steps, interval):
    log = []

    def work(i):
        append = log.append
        for _ in range(steps):
            append(i)  # pure bytecode and a C call: never releases the GIL

    threads = [threading.Thread(target=work, args=(i,)) for i in range(n_threads)]
    with switch_interval(interval):
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    return log


def max_sleeping(n_threads, seconds):
    lock = threading.Lock()
    state = {"active": 0, "peak": 0}

    def sleeper():
        with lock:
            state["active"] += 1
            state["peak"] = max(state["peak"], state["active"])
            time.sleep(seconds)
            state["active"] -= 1

    threads = [threading.Thread(target=sleeper) for _ in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return state["peak"]
