"""Wrong: starts the threads but never joins them, so it returns the value
before the threads have finished their increments."""

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
    def work():
        for _ in range(per_thread):
            counter.increment()

    for _ in range(threads):
        threading.Thread(target=work).start()
    return counter.value
