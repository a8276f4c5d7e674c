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
        return {"version": 2, "user": self.user, "ttl": self.ttl, "history": list(self.history)}

    def __setstate__(self, state):
        v = state.get("version")
        if v == 2:
            user, ttl, history = state["user"], state["ttl"], state["history"]
        elif v == 1:
            user, ttl, history = state["username"], 60, state["history"]
        else:
            raise ValueError(f"unsupported Session state version {v!r}")
        self.user = user
        self.ttl = ttl
        self.history = list(history)
        self._lock = getattr(self, "_lock", None) or threading.Lock()
        self._cache = {}
