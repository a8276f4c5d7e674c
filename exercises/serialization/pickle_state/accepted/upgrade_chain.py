"""A learner's version: upgrade old states step by step, then load the current one."""
import threading

_DEFAULT_TTL = 60


def _v1_to_v2(state):
    return {"version": 2, "user": state["username"], "ttl": _DEFAULT_TTL, "history": state["history"]}


_UPGRADES = {1: _v1_to_v2}


class Session:
    def __init__(self, user, ttl=60):
        self.user = user
        self.ttl = ttl
        self.history = []
        self._lock = threading.Lock()
        self._cache = {}

    def visit(self, page):
        self._lock.acquire()
        try:
            self.history.append(page)
        finally:
            self._lock.release()

    def __getstate__(self):
        state = {}
        state["version"] = 2
        for name in ("user", "ttl", "history"):
            state[name] = getattr(self, name)
        state["history"] = state["history"][:]
        return state

    def __setstate__(self, state):
        version = state.get("version")
        if version in _UPGRADES:
            state = _UPGRADES[version](state)
            version = state["version"]
        if version != 2 or isinstance(version, (float, bool)):
            raise ValueError(f"unsupported Session state version {state.get('version')!r}")
        self.__dict__.update(user=state["user"], ttl=state["ttl"], history=list(state["history"]))
        self.__dict__["_lock"] = threading.Lock()
        self.__dict__["_cache"] = {}
