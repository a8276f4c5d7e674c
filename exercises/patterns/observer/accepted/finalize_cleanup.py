"""Another learner: WeakMethod with a death callback that removes the entry."""
import inspect
import weakref


class _Strong:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self):
        return self.fn


class EventBus:
    def __init__(self):
        self.subscribers = {}

    def subscribe(self, event, callback):
        entry = []
        entries = self.subscribers.setdefault(event, [])

        def on_death(_ref):
            self._remove(event, entry)

        if inspect.ismethod(callback):
            entry.append(weakref.WeakMethod(callback, on_death))
        else:
            entry.append(_Strong(callback))
        entries.append(entry)
        return lambda: self._remove(event, entry)

    def _remove(self, event, entry):
        entries = self.subscribers.get(event)
        if entries is None:
            return
        for i in range(len(entries)):
            if entries[i] is entry:
                entries.pop(i)
                break

    def publish(self, event, *args, **kwargs):
        snapshot = tuple(self.subscribers.get(event, ()))
        called = 0
        for entry in snapshot:
            fn = entry[0]()
            if fn is not None:
                fn(*args, **kwargs)
                called += 1
        return called

    def count(self, event):
        return sum(1 for entry in self.subscribers.get(event, ()) if entry[0]() is not None)
