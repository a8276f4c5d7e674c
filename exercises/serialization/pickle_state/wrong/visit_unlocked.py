"""Wrong: visit() appends without taking the lock."""
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
        self.history.append(page)  # list.append is atomic anyway, isn't it?

    def __getstate__(self):
        # A new dict: the live object keeps its lock and cache.
        return {"version": self.VERSION, "user": self.user, "ttl": self.ttl, "history": list(self.history)}

    def __setstate__(self, state):
        version = state.get("version")
        # `type(...) is int` so that True, 2.0 or "2" are not taken for a version.
        if type(version) is int and version == 2:
            self.user, self.ttl, self.history = state["user"], state["ttl"], list(state["history"])
        elif type(version) is int and version == 1:
            self.user, self.ttl, self.history = state["username"], 60, list(state["history"])
        else:
            raise ValueError(f"unsupported Session state version {version!r}")
        # Unpickling never calls __init__: recreate what was not saved.
        self._lock = threading.Lock()
        self._cache = {}
