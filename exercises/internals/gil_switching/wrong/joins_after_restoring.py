import sys
import threading
import time
from contextlib import contextmanager


@contextmanager
def switch_interval(seconds: float):
    previous = sys.getswitchinterval()
    sys.setswitchinterval(seconds)
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


def thread_log(n_threads: int, steps: int, interval: float) -> list:
    log = []

    def worker(i):
        append = log.append
        for _ in range(steps):
            append(i)

    with switch_interval(interval):
        threads = [threading.Thread(target=worker, args=(i,)) for i in range(n_threads)]
        for t in threads:
            t.start()
    for t in threads:
        t.join()
    return log


def max_sleeping(n_threads: int, seconds: float) -> int:
    lock = threading.Lock()
    state = {"now": 0, "max": 0}

    def sleeper():
        with lock:
            state["now"] += 1
            if state["now"] > state["max"]:
                state["max"] = state["now"]
        time.sleep(seconds)
        with lock:
            state["now"] -= 1

    threads = [threading.Thread(target=sleeper) for _ in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return state["max"]
