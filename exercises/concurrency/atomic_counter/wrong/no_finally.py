"""Wrong: acquire() and release() by hand without try/finally. When func raises,
release() is never reached and the lock stays held forever: the next
increment or update deadlocks."""

import threading


class AtomicCounter:
    def __init__(self, value=0):
        self._value = value
        self._lock = threading.Lock()

    @property
    def value(self):
        return self._value

    def increment(self, amount=1):
        return self.update(lambda current: current + amount)

    def update(self, func):
        self._lock.acquire()
        new = func(self._value)
        self._value = new
        self._lock.release()
        return new


def count_with_threads(counter, threads, per_thread):
    def work():
        for _ in range(per_thread):
            counter.increment()

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return counter.value
