"""Reference solution for memory/gc_watch."""

import gc


class GcWatch:
    def __init__(self, freeze=False):
        self.freeze = freeze
        self.collections = []
        self.collected = 0
        self._callback = None

    def _on_gc(self, phase, info):
        if phase == "stop":
            self.collections.append(info["generation"])
            self.collected += info["collected"]

    def __enter__(self):
        if self.freeze:
            gc.freeze()
        # Keep the exact bound-method object: a fresh `self._on_gc` compares
        # equal too, but holding it makes the removal obviously ours.
        self._callback = self._on_gc
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            gc.callbacks.remove(self._callback)
        finally:
            if self.freeze:
                gc.unfreeze()
        return False
