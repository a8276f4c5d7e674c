"""Wrong: takes the lock for the read and again for the write, but computes the
new value in between without it ("keep the critical section short"). Another
thread can update in that gap, and its update is overwritten."""

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
            current = self._value
        new = func(current)
        with self._lock:
            self._value = new
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
