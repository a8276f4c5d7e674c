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

def thread_log(n_threads, steps, interval):
    log = []
    def work(i):
        for _ in range(steps):
            log.append(i)
    with switch_interval(interval):
        threads = [threading.Thread(target=work, args=(i,)) for i in range(n_threads)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    return log

def max_sleeping(n_threads, seconds):
    lock = threading.Lock()
    state = {"now": 0, "max": 0}
    def sleeper():
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        time.sleep(seconds)
        with lock:
            state["now"] -= 1
    threads = [threading.Thread(target=sleeper) for _ in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return state["max"]
