import inspect
import weakref


class _Sub:
    __slots__ = ("ref", "alive")

    def __init__(self, callback):
        if inspect.ismethod(callback):
            self.ref = weakref.WeakMethod(callback)
        else:
            self.ref = lambda cb=callback: cb
        self.alive = True


class EventBus:
    def __init__(self):
        self._subs = {}

    def subscribe(self, event, callback):
        sub = _Sub(callback)
        self._subs.setdefault(event, []).append(sub)

        def unsubscribe():
            lst = self._subs.get(event, [])
            for i, s in enumerate(lst):
                if s is sub:
                    del lst[i]
                    break
        return unsubscribe

    def _live(self, event):
        lst = self._subs.get(event, [])
        lst[:] = [s for s in lst if s.ref() is not None]
        return lst

    def publish(self, event, *args, **kwargs):
        snapshot = list(self._live(event))
        called = 0
        for s in snapshot:
            cb = s.ref()
            called += 1
            if cb is None:
                continue
            cb(*args, **kwargs)
        return called

    def count(self, event):
        return len(self._live(event))
