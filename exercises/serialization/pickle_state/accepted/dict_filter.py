"""Another learner: filter __dict__ for the public names, match on the version."""
import threading


class Session:
    _PRIVATE = ("_lock", "_cache")

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
        public = {k: v for k, v in self.__dict__.items() if k not in self._PRIVATE}
        return {"version": 2, "user": public["user"], "ttl": public["ttl"], "history": list(public["history"])}

    def __setstate__(self, state):
        v = state.get("version")
        if v == 1 and type(v) is int:
            user, ttl = state["username"], 60
        elif v == 2 and type(v) is int:
            user, ttl = state["user"], state["ttl"]
        else:
            raise ValueError("unsupported Session state version %r" % (v,))
        self.user = user
        self.ttl = ttl
        self.history = list(state["history"])
        self._lock = threading.Lock()
        self._cache = dict()
