"""Wrong: elapsed is a plain attribute set only in __exit__, so it is not
live while the block runs, and it can be overwritten by assignment."""

import time


class Timer:
    def __init__(self):
        self.elapsed = None

    def __enter__(self):
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.elapsed = time.perf_counter() - self._start
