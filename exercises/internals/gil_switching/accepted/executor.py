import contextlib
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor


@contextlib.contextmanager
def switch_interval(seconds):
    previous = sys.getswitchinterval()
    sys.setswitchinterval(seconds)
    try:
        yield seconds
    finally:
        sys.setswitchinterval(previous)


def thread_log(n_threads, steps, interval):
    out = []
    with switch_interval(interval):
        threads = []
        for i in range(n_threads):
            t = threading.Thread(target=lambda i=i: [out.append(i) for _ in range(steps)])
            t.start()
            threads.append(t)
        for t in threads:
            t.join()
    return out


def max_sleeping(n_threads, seconds):
    if n_threads == 0:
        return 0
    lock = threading.Lock()
    counts = [0, 0]  # current, peak

    def task():
        with lock:
            counts[0] += 1
            counts[1] = max(counts)
        time.sleep(seconds)
        with lock:
            counts[0] -= 1

    with ThreadPoolExecutor(max_workers=n_threads) as pool:
        for _ in range(n_threads):
            pool.submit(task)
    return counts[1]
