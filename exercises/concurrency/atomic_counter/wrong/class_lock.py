"""Wrong: the lock is a class attribute, so every counter shares one lock. It is
slower, and an update of one counter that increments another deadlocks."""

import threading


class AtomicCounter:
    _lock = threading.Lock()

    def __init__(self, value=0):
        self._value = value

    @property
    def value(self):
        return self._value

    def increment(self, amount=1):
        return self.update(lambda current: current + amount)

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
