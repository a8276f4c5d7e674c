"""Wrong: starts each thread and joins it at once, in the same loop, so the
threads run one after another: there is never more than one running."""

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
        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
    return counter.value
