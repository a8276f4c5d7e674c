"""Wrong: keeps every callback strongly, bound methods included (the classic leak)."""


class EventBus:
    def __init__(self):
        self._subs = {}

    def subscribe(self, event, callback):
        entry = [callback]
        self._subs.setdefault(event, []).append(entry)

        def unsubscribe():
            subs = self._subs.get(event, [])
            for i, e in enumerate(subs):
                if e is entry:
                    del subs[i]
                    return
        return unsubscribe

    def publish(self, event, *args, **kwargs):
        n = 0
        for (cb,) in list(self._subs.get(event, [])):
            cb(*args, **kwargs)
            n += 1
        return n

    def count(self, event):
        return len(self._subs.get(event, []))
