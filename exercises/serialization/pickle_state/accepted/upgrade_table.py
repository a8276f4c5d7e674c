"""A learner's version: a table of upgrade functions applied until the current version."""
"""Variant: upgrade functions chained version by version, then one restore."""
import threading

CURRENT = 2


def _v1_to_v2(state):
    return {"version": 2, "user": state["username"], "ttl": 60, "history": state["history"]}


_UPGRADES = {1: _v1_to_v2}


class Session:
    def __init__(self, user, ttl=60):
        self.user, self.ttl, self.history = user, ttl, []
        self._init_private()

    def _init_private(self):
        self._lock = threading.Lock()
        self._cache = {}

    def visit(self, page):
        self._lock.acquire()
        try:
            self.history.append(page)
        finally:
            self._lock.release()

    def __getstate__(self):
        state = {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
        state["history"] = self.history.copy()
        return {"version": CURRENT, "user": state["user"], "ttl": state["ttl"], "history": state["history"]}

    def __setstate__(self, state):
        v = state.get("version")
        while v in _UPGRADES:
            state = _UPGRADES[v](state)
            v = state["version"]
        if v != CURRENT:
            raise ValueError(f"unsupported Session state version {state.get('version')!r}")
        self.user = state["user"]
        self.ttl = state["ttl"]
        self.history = list(state["history"])
        self._init_private()
