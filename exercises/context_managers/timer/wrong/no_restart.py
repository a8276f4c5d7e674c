"""Wrong: the clock is started only the first time, so reusing a timer
measures from the first start instead of restarting from zero."""

import time


class Timer:
    def __init__(self):
        self._start = None
        self._stop = None

    def __enter__(self):
        if self._start is None:
            self._start = time.perf_counter()
        self._stop = None
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self._stop = time.perf_counter()

    @property
    def elapsed(self):
        if self._start is None:
            return None
        if self._stop is None:
            return time.perf_counter() - self._start
        return self._stop - self._start
