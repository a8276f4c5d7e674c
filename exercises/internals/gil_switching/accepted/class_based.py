import sys
import threading
import time


class switch_interval:
    def __init__(self, seconds):
        self.seconds = seconds

    def __enter__(self):
        self.saved = sys.getswitchinterval()
        sys.setswitchinterval(self.seconds)
        return self

    def __exit__(self, *exc):
        sys.setswitchinterval(self.saved)
        return False


class _Worker(threading.Thread):
    def __init__(self, index, steps, log):
        super().__init__()
        self.index, self.steps, self.log = index, steps, log

    def run(self):
        for _ in range(self.steps):
            self.log.append(self.index)


def thread_log(n_threads, steps, interval):
    shared = []
    with switch_interval(interval):
        workers = [_Worker(i, steps, shared) for i in range(n_threads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    return shared


class _Peak:
    def __init__(self):
        self.lock = threading.Lock()
        self.now = 0
        self.best = 0

    def enter(self):
        with self.lock:
            self.now += 1
            if self.now > self.best:
                self.best = self.now

    def leave(self):
        with self.lock:
            self.now -= 1


def max_sleeping(n_threads, seconds):
    peak = _Peak()

    def nap():
        peak.enter()
        try:
            time.sleep(seconds)
        finally:
            peak.leave()

    ts = [threading.Thread(target=nap) for _ in range(n_threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return peak.best
