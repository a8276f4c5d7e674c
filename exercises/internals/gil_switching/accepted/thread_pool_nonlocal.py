import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager


@contextmanager
def switch_interval(seconds):
    previous = sys.getswitchinterval()
    sys.setswitchinterval(seconds)
    try:
        yield previous
    finally:
        sys.setswitchinterval(previous)


def thread_log(n_threads, steps, interval):
    shared = []

    def append_many(i):
        for _ in range(steps):
            shared.append(i)

    with switch_interval(interval):
        threads = []
        for i in range(n_threads):
            t = threading.Thread(target=append_many, args=(i,), name=f"worker-{i}")
            threads.append(t)
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    return shared


def max_sleeping(n_threads, seconds):
    lock = threading.Lock()
    asleep = 0
    peak = 0

    def nap(_):
        nonlocal asleep, peak
        with lock:
            asleep += 1
            peak = max(peak, asleep)
        time.sleep(seconds)
        with lock:
            asleep -= 1

    with ThreadPoolExecutor(max_workers=n_threads) as pool:
        list(pool.map(nap, range(n_threads)))
    return peak
