from time import perf_counter


class Timer:
    def __init__(self):
        self._running = False
        self._frozen = None
        self._t0 = 0.0

    def __enter__(self):
        self._running = True
        self._t0 = perf_counter()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self._frozen = perf_counter() - self._t0
        self._running = False
        return False

    @property
    def elapsed(self):
        if self._running:
            return perf_counter() - self._t0
        return self._frozen
