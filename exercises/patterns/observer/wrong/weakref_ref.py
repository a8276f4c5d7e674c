"""Wrong: weakref.ref on a bound method, which dies at once."""
import inspect
import weakref


class _Subscription:
    """One subscribe() call: its identity is what unsubscribe removes."""

    __slots__ = ("resolve",)

    def __init__(self, callback):
        if inspect.ismethod(callback):
            # obj.method is a fresh object every time: only WeakMethod tracks it.
            self.resolve = weakref.ref(callback)
        else:
            self.resolve = lambda: callback


class EventBus:
    def __init__(self):
        self._subs = {}

    def subscribe(self, event, callback):
        sub = _Subscription(callback)
        self._subs.setdefault(event, []).append(sub)

        def unsubscribe():
            subs = self._subs.get(event, [])
            for i, other in enumerate(subs):
                if other is sub:
                    del subs[i]
                    return

        return unsubscribe

    def _live(self, event):
        """The live callbacks of event, in order; dead subscriptions are dropped."""
        subs = self._subs.get(event, [])
        pairs = [(sub, sub.resolve()) for sub in subs]
        subs[:] = [sub for sub, cb in pairs if cb is not None]
        return [cb for _, cb in pairs if cb is not None]

    def publish(self, event, *args, **kwargs):
        called = 0
        for callback in self._live(event):  # a snapshot: safe to (un)subscribe
            callback(*args, **kwargs)
            called += 1
        return called

    def count(self, event):
        return len(self._live(event))
