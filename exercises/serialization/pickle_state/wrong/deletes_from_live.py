"""Wrong: __getstate__ deletes the private attributes from the live __dict__."""
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
        state = self.__dict__
        state.pop("_lock", None)
        state.pop("_cache", None)
        state["version"] = self.VERSION
        return {"version": state["version"], "user": state["user"], "ttl": state["ttl"], "history": list(state["history"])}

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
