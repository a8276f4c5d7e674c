"""Versioned pickle state: see `grader show serialization/pickle_state`."""
import threading


class Session:
    def __init__(self, user, ttl=60):
        self.user = user
        self.ttl = ttl
        self.history = []
        self._lock = threading.Lock()
        self._cache = {}

    def visit(self, page):
        with self._lock:
            self.history.append(page)

    def __getstate__(self):
        raise NotImplementedError("write Session.__getstate__")

    def __setstate__(self, state):
        raise NotImplementedError("write Session.__setstate__")
