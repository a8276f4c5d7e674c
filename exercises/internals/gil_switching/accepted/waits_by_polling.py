"""Accepted: waits for the threads by polling is_alive() instead of join()."""
import sys, threading, time
from contextlib import contextmanager

@contextmanager
def switch_interval(seconds):
    old = sys.getswitchinterval()
    sys.setswitchinterval(seconds)
    try:
        yield
    finally:
        sys.setswitchinterval(old)

def max_sleeping(n_threads, seconds):
    lock = threading.Lock(); st = [0, 0]
    def s():
        with lock:
            st[0] += 1; st[1] = max(st[1], st[0])
        time.sleep(seconds)
        with lock:
            st[0] -= 1
    ts = [threading.Thread(target=s) for _ in range(n_threads)]
    for t in ts: t.start()
    for t in ts: t.join()
    return st[1]

def thread_log(n_threads, steps, interval):
    log = []
    def w(i):
        for _ in range(steps):
            log.append(i)
    with switch_interval(interval):
        ts = [threading.Thread(target=w, args=(i,)) for i in range(n_threads)]
        for t in ts: t.start()
        while any(t.is_alive() for t in ts):
            time.sleep(0.001)
    return log
