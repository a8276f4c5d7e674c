import inspect
import itertools
import weakref


class EventBus:
    """Subscriptions kept per event in an insertion-ordered dict token -> getter."""

    def __init__(self):
        self._events = {}
        self._ids = itertools.count()

    def subscribe(self, event, callback):
        token = next(self._ids)
        if inspect.ismethod(callback):
            getter = weakref.WeakMethod(callback)
        else:
            getter = lambda: callback  # noqa: E731
        self._events.setdefault(event, {})[token] = getter

        def unsubscribe():
            self._events.get(event, {}).pop(token, None)

        return unsubscribe

    def publish(self, event, *args, **kwargs):
        table = self._events.get(event, {})
        n = 0
        for token, getter in list(table.items()):
            cb = getter() if token in table else None
            if cb is None:
                table.pop(token, None)
                continue
            cb(*args, **kwargs)
            n += 1
        return n

    def count(self, event):
        table = self._events.get(event, {})
        for token, getter in list(table.items()):
            if getter() is None:
                del table[token]
        return len(table)
