import time


class Timer:
    def __init__(self):
        self._start = None
        self._end = None

    def __enter__(self):
        self._start = time.perf_counter()
        self._end = None
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self._end = time.perf_counter()
        return None

    @property
    def elapsed(self):
        if self._start is None:
            return None
        end = self._end if self._end is not None else time.perf_counter()
        return end - self._start
