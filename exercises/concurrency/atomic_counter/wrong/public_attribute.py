"""Wrong: value is a plain public attribute, so any code can assign to it and
bypass the lock."""

import threading


class AtomicCounter:
    def __init__(self, value=0):
        self.value = value
        self._lock = threading.Lock()

    def increment(self, amount=1):
        return self.update(lambda current: current + amount)

    def update(self, func):
        with self._lock:
            self.value = func(self.value)
            return self.value


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
