# Accepted: written by the blind learner simulation (issue 13) from the statement alone.
from threading import Barrier, Lock, Thread


class AtomicCounter(object):
    __slots__ = ("_AtomicCounter__value", "_AtomicCounter__lock")

    def __init__(self, value=0):
        self.__value = value
        self.__lock = Lock()

    def _get(self):
        return self.__value

    value = property(_get, doc="The current value (read-only).")

    def update(self, func):
        self.__lock.acquire()
        try:
            result = func(self.__value)
            self.__value = result
        finally:
            self.__lock.release()
        return result

    def increment(self, amount=1):
        return self.update(lambda current: current + amount)


class _Worker(Thread):
    def __init__(self, counter, times, barrier):
        super().__init__()
        self.counter = counter
        self.times = times
        self.barrier = barrier

    def run(self):
        self.barrier.wait()
        for _ in range(self.times):
            self.counter.increment()


def count_with_threads(counter, threads, per_thread):
    barrier = Barrier(threads) if threads > 0 else None
    workers = [_Worker(counter, per_thread, barrier) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return counter.value
