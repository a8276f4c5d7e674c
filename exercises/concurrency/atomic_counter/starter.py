"""The GIL is not a lock for your data: see `grader show concurrency/atomic_counter`."""

import threading


class AtomicCounter:
    def __init__(self, value=0):
        raise NotImplementedError("write AtomicCounter.__init__()")

    @property
    def value(self):
        """The current value (read-only)."""
        raise NotImplementedError("write AtomicCounter.value")

    def increment(self, amount=1):
        """Add amount atomically; return the new value."""
        raise NotImplementedError("write AtomicCounter.increment()")

    def update(self, func):
        """Atomically set the value to func(value); return the new value."""
        raise NotImplementedError("write AtomicCounter.update()")


def count_with_threads(counter, threads, per_thread):
    """Run `threads` threads, each calling counter.increment() per_thread times; return counter.value."""
    raise NotImplementedError("write count_with_threads()")
