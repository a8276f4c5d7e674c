import gc
class GcWatch:
    def __init__(self, freeze=False):
        self.freeze = freeze
        self.collections = []
        self.collected = 0
    def _cb(self, phase, info):
        if phase == "stop":
            self.collections.append(info["generation"])
            self.collected += info["collected"]
    def __enter__(self):
        if self.freeze:
            gc.freeze()
        gc.callbacks.append(self._cb)
        return self
    def __exit__(self, exc_type, exc, tb):
        gc.callbacks.remove(self._cb)
        if self.freeze:
            gc.unfreeze()
        return False
