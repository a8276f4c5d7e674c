"""Wrong: the start and stop times are kept on the class, not the instance,
so nested or concurrent timers overwrite each other."""

import time


class Timer:
    _start = None
    _stop = None

    def __enter__(self):
        Timer._start = time.perf_counter()
        Timer._stop = None
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        Timer._stop = time.perf_counter()

    @property
    def elapsed(self):
        if self._start is None:
            return None
        if self._stop is None:
            return time.perf_counter() - self._start
        return self._stop - self._start
