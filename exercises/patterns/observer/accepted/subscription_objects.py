import inspect
import weakref


class _Subscription:
    __slots__ = ("ref", "strong", "alive")

    def __init__(self, callback):
        if inspect.ismethod(callback):
            self.ref = weakref.WeakMethod(callback)
            self.strong = None
        else:
            self.ref = None
            self.strong = callback
        self.alive = True

    def target(self):
        if not self.alive:
            return None
        if self.ref is not None:
            return self.ref()
        return self.strong


class EventBus:
    def __init__(self):
        self._subs = {}

    def subscribe(self, event, callback):
        sub = _Subscription(callback)
        self._subs.setdefault(event, []).append(sub)

        def unsubscribe():
            sub.alive = False
            subs = self._subs.get(event, [])
            for i, s in enumerate(subs):
                if s is sub:
                    del subs[i]
                    break

        return unsubscribe

    def _prune(self, event):
        subs = self._subs.get(event)
        if subs is None:
            return []
        subs[:] = [s for s in subs if s.target() is not None]
        return subs

    def publish(self, event, *args, **kwargs):
        snapshot = list(self._prune(event))
        called = 0
        for sub in snapshot:
            cb = sub.ref() if sub.ref is not None else sub.strong
            if cb is None:
                continue
            cb(*args, **kwargs)
            called += 1
        return called

    def count(self, event):
        return len(self._prune(event))
