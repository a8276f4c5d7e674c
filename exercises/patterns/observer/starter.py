"""Observer with weak references: see `grader show patterns/observer`."""
import inspect
import weakref


class EventBus:
    def subscribe(self, event, callback):
        raise NotImplementedError("write EventBus.subscribe")

    def publish(self, event, *args, **kwargs):
        raise NotImplementedError("write EventBus.publish")

    def count(self, event):
        raise NotImplementedError("write EventBus.count")
