import gc


class GcWatch:
    def __init__(self, freeze=False):
        self._freeze = freeze
        self.collections = []
        self.collected = 0

    def __enter__(self):
        if self._freeze:
            gc.freeze()

        def record(phase, info):
            if phase != "stop":
                return
            self.collections.append(info["generation"])
            self.collected = self.collected + info["collected"]

        self._record = record
        gc.callbacks.append(record)
        return self

    def __exit__(self, *exc_info):
        for i, cb in enumerate(gc.callbacks):
            if cb is self._record:
                del gc.callbacks[i]
                break
        if self._freeze:
            gc.unfreeze()
