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
        st = self.__dict__.setdefault("_state", {})
        st.clear()
        st.update(version=2, user=self.user, ttl=self.ttl, history=list(self.history))
        return st

    def __setstate__(self, state):
        v = state.get("version")
        if v == 2:
            self.user, self.ttl, self.history = state["user"], state["ttl"], list(state["history"])
        elif v == 1:
            self.user, self.ttl, self.history = state["username"], 60, list(state["history"])
        else:
            raise ValueError(f"unsupported Session state version {v!r}")
        self._lock = threading.Lock()
        self._cache = {}

    def __eq__(self, other):
        if not isinstance(other, Session):
            return NotImplemented
        return (self.user, self.ttl, self.history) == (other.user, other.ttl, other.history)
