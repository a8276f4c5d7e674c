"""Wrong: __exit__ returns self, copying __enter__. A Timer object is true,
so every exception raised in the block is silently suppressed."""

import time


class Timer:
    def __init__(self):
        self._start = None
        self._stop = None

    def __enter__(self):
        self._start = time.perf_counter()
        self._stop = None
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self._stop = time.perf_counter()
        return self

    @property
    def elapsed(self):
        if self._start is None:
            return None
        if self._stop is None:
            return time.perf_counter() - self._start
        return self._stop - self._start
