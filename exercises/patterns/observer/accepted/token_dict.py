"""A learner's version: a dict of token -> reference per event (dicts keep order)."""
import inspect
import weakref


class EventBus:
    def __init__(self):
        self._events = {}

    def subscribe(self, event, callback):
        if inspect.ismethod(callback):
            ref = weakref.WeakMethod(callback)
        else:
            def ref(cb=callback):
                return cb
        token = object()
        self._events.setdefault(event, {})[token] = ref

        def unsubscribe():
            self._events.get(event, {}).pop(token, None)

        return unsubscribe

    def publish(self, event, *args, **kwargs):
        n = 0
        table = self._events.get(event, {})
        for token, ref in list(table.items()):
            cb = ref()
            if cb is None:
                table.pop(token, None)
                continue
            cb(*args, **kwargs)
            n += 1
        return n

    def count(self, event):
        table = self._events.get(event, {})
        for token, ref in list(table.items()):
            if ref() is None:
                del table[token]
        return len(table)
