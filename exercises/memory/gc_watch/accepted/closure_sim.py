import gc
class GcWatch:
    def __init__(self, freeze=False):
        self._freeze = bool(freeze)
        self.collections = []
        self.collected = 0
        self._callback = None
    def __enter__(self):
        if self._freeze:
            gc.freeze()
        def callback(phase, info, _self=self):
            if phase != "stop":
                return
            _self.collections.append(int(info["generation"]))
            _self.collected += int(info.get("collected", 0))
        self._callback = callback
        gc.callbacks.append(callback)
        return self
    def __exit__(self, *exc):
        try:
            for i, cb in enumerate(gc.callbacks):
                if cb is self._callback:
                    del gc.callbacks[i]
                    break
        finally:
            self._callback = None
            if self._freeze:
                gc.unfreeze()
