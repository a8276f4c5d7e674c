"""Reference solution for context_managers/timer."""

import time


class Timer:
    """Measure how long a with block takes."""

    def __init__(self):
        self._start = None
        self._stop = None

    def __enter__(self):
        self._start = time.perf_counter()
        self._stop = None
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self._stop = time.perf_counter()
        # No return statement: None is false, so exceptions propagate.

    @property
    def elapsed(self):
        """Seconds since the start (live), or the frozen duration; None if never run."""
        if self._start is None:
            return None
        if self._stop is None:
            return time.perf_counter() - self._start
        return self._stop - self._start
