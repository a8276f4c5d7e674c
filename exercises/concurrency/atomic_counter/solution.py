"""Reference solution for concurrency/atomic_counter."""

import threading


class AtomicCounter:
    def __init__(self, value=0):
        self._value = value
        self._lock = threading.Lock()  # one lock per counter

    @property
    def value(self):
        """The current value (read-only)."""
        # Reading one attribute is a single step; no lock needed.
        return self._value

    def increment(self, amount=1):
        """Add amount atomically; return the new value."""
        return self.update(lambda current: current + amount)

    def update(self, func):
        """Atomically set the value to func(value); return the new value."""
        # Read, compute and store under one lock: nobody can slip in between.
        # `with` releases the lock even when func raises.
        with self._lock:
            new = func(self._value)
            self._value = new
            return new


def count_with_threads(counter, threads, per_thread):
    """Run `threads` threads, each calling counter.increment() per_thread times; return counter.value."""

    def work():
        for _ in range(per_thread):
            counter.increment()

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:  # start them all first ...
        worker.start()
    for worker in workers:  # ... then wait for them all
        worker.join()
    return counter.value
