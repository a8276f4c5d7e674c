"""Wrong: reads time.time(), the adjustable wall clock, instead of the
monotonic high-resolution time.perf_counter()."""

import time


class Timer:
    def __init__(self):
        self._start = None
        self._stop = None

    def __enter__(self):
        self._start = time.time()
        self._stop = None
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self._stop = time.time()

    @property
    def elapsed(self):
        if self._start is None:
            return None
        if self._stop is None:
            return time.time() - self._start
        return self._stop - self._start
