"""AtomicCounter with explicit acquire/release, __slots__ and a Thread subclass."""
from threading import Lock, Thread


class AtomicCounter:
    __slots__ = ("_v", "_guard")

    def __init__(self, value=0):
        self._v = value
        self._guard = Lock()

    value = property(lambda self: self._v, doc="the current value (read-only)")

    def increment(self, amount=1):
        self._guard.acquire()
        try:
            new = self._v + amount
            self._v = new
        finally:
            self._guard.release()
        return new

    def update(self, func):
        self._guard.acquire()
        try:
            new = func(self._v)
            self._v = new
        finally:
            self._guard.release()
        return new


class _Worker(Thread):
    def __init__(self, counter, times):
        super().__init__()
        self.counter, self.times = counter, times

    def run(self):
        for _ in range(self.times):
            self.counter.increment()


def count_with_threads(counter, threads, per_thread):
    workers = [_Worker(counter, per_thread) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return counter.value
