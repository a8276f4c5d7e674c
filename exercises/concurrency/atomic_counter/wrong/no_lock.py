"""Wrong: "the GIL already makes Python threads safe", so no lock at all. The
read-modify-write can be interrupted and concurrent updates are lost."""

import threading


class AtomicCounter:
    def __init__(self, value=0):
        self._value = value

    @property
    def value(self):
        return self._value

    def increment(self, amount=1):
        self._value += amount
        return self._value

    def update(self, func):
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
