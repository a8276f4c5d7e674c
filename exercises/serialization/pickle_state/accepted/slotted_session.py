# A learner's slotted Session (no __dict__): the statement never asks for one.
import threading


class Session:
    __slots__ = ("user", "ttl", "history", "_lock", "_cache")

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
        return dict(version=2, user=self.user, ttl=self.ttl, history=self.history.copy())

    def __setstate__(self, state):
        v = state.get("version")
        if v == 2:
            self.user, self.ttl = state["user"], state["ttl"]
        elif v == 1:
            self.user, self.ttl = state["username"], 60
        else:
            raise ValueError(f"unsupported Session state version {v!r}")
        self.history = list(state["history"])
        self._lock = threading.Lock()
        self._cache = {}
