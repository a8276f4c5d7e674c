"""Wrong: the state shares the live history list, so the state and the session alias each other."""
import threading


class Session:
    VERSION = 2

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
        # A new dict: the live object keeps its lock and cache.
        return {"version": self.VERSION, "user": self.user, "ttl": self.ttl, "history": self.history}

    def __setstate__(self, state):
        version = state.get("version")
        # `type(...) is int` so that True, 2.0 or "2" are not taken for a version.
        if type(version) is int and version == 2:
            self.user, self.ttl, self.history = state["user"], state["ttl"], state["history"]
        elif type(version) is int and version == 1:
            self.user, self.ttl, self.history = state["username"], 60, list(state["history"])
        else:
            raise ValueError(f"unsupported Session state version {version!r}")
        # Unpickling never calls __init__: recreate what was not saved.
        self._lock = threading.Lock()
        self._cache = {}
