"""Wrong: update takes the lock, but increment is a bare += ("one statement is
atomic thanks to the GIL"). It is not: += reads, adds and stores, and an
addition that runs Python code lets other threads in between."""

import threading


class AtomicCounter:
    def __init__(self, value=0):
        self._value = value
        self._lock = threading.Lock()

    @property
    def value(self):
        return self._value

    def increment(self, amount=1):
        self._value += amount
        return self._value

    def update(self, func):
        with self._lock:
            self._value = func(self._value)
            return self._value


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
