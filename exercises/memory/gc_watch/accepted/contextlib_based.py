import contextlib
import gc


class GcWatch(contextlib.AbstractContextManager):
    def __init__(self, freeze=False):
        self.freeze = freeze
        self.collections = []
        self.collected = 0
        self._stack = None

    def __call__(self, phase, info):
        if phase == "stop":
            self.collections.append(int(info["generation"]))
            self.collected += info["collected"]

    def __enter__(self):
        self._stack = contextlib.ExitStack()
        if self.freeze:
            gc.freeze()
            self._stack.callback(gc.unfreeze)
        gc.callbacks.append(self)
        self._stack.callback(gc.callbacks.remove, self)
        return self

    def __exit__(self, exc_type, exc, tb):
        self._stack.close()
        return None
