import sys
import threading
import time

class switch_interval:
    def __init__(self, seconds):
        self.seconds = seconds
        self.old = None
    def __enter__(self):
        self.old = sys.getswitchinterval()
        sys.setswitchinterval(self.seconds)
        return self
    def __exit__(self, *exc):
        sys.setswitchinterval(self.old)
        return False

class _Worker(threading.Thread):
    def __init__(self, i, steps, out):
        super().__init__()
        self.i, self.steps, self.out = i, steps, out
    def run(self):
        append = self.out.append
        i = self.i
        for _ in range(self.steps):
            append(i)

def thread_log(n_threads, steps, interval):
    out = []
    with switch_interval(interval):
        workers = [_Worker(i, steps, out) for i in range(n_threads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    return out

class _Gauge:
    def __init__(self):
        self.lock = threading.Lock()
        self.current = 0
        self.peak = 0
    def enter(self):
        self.lock.acquire()
        try:
            self.current += 1
            if self.current > self.peak:
                self.peak = self.current
        finally:
            self.lock.release()
    def leave(self):
        with self.lock:
            self.current -= 1

def max_sleeping(n_threads, seconds):
    g = _Gauge()
    def run():
        g.enter()
        try:
            time.sleep(seconds)
        finally:
            g.leave()
    ts = [threading.Thread(target=run) for _ in range(n_threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return g.peak
