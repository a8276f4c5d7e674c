import time


class Timer:
    def __init__(self):
        self._start = None
        self._frozen = None

    def __enter__(self):
        self._frozen = None
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self._frozen = round(time.perf_counter() - self._start, 6)
        return None

    @property
    def elapsed(self):
        if self._start is None:
            return None
        if self._frozen is not None:
            return self._frozen
        return time.perf_counter() - self._start
