"""Wrong: returns the largest value that increment() returned in the threads
instead of reading counter.value at the end. With no increments there is no
such value, and a counter whose increment returns nothing breaks it too."""

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
        with self._lock:
            new = func(self._value)
            self._value = new
            return new


def count_with_threads(counter, threads, per_thread):
    seen = []

    def work():
        for _ in range(per_thread):
            seen.append(counter.increment())

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return max(seen)
