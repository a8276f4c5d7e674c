"""Wrong: elapsed is always computed as "now - start", so it keeps growing
after the block has ended instead of staying at the block's duration."""

import time


class Timer:
    def __init__(self):
        self._start = None

    def __enter__(self):
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        pass

    @property
    def elapsed(self):
        if self._start is None:
            return None
        return time.perf_counter() - self._start
