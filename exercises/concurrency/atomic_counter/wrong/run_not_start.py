"""Wrong: calls thread.run() instead of thread.start(). run() executes the target
in the calling thread, so no new thread ever runs."""

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

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.run()
    for worker in workers:
        if worker.is_alive():
            worker.join()
    return counter.value
