import inspect
import weakref


class EventBus:
    def __init__(self):
        self._subs = {}

    def subscribe(self, event, callback):
        if inspect.ismethod(callback):
            g = weakref.WeakMethod(callback)
        else:
            g = lambda: callback  # noqa: E731
        lst = self._subs.setdefault(event, [])
        lst.append(g)

        def unsubscribe():
            try:
                lst.remove(g)
            except ValueError:
                if lst:
                    lst.pop()   # "already gone": clean the last one instead
        return unsubscribe

    def publish(self, event, *args, **kwargs):
        n = 0
        for g in list(self._subs.get(event, [])):
            cb = g()
            if cb is not None:
                cb(*args, **kwargs)
                n += 1
        return n

    def count(self, event):
        lst = self._subs.get(event, [])
        lst[:] = [g for g in lst if g() is not None]
        return len(lst)
