"""A learner's version: the instance in the class's own __dict__, one RLock, double-checked."""
import threading


class Settings:
    def __init__(self):
        self.values = {}


settings = Settings()

_SENTINEL = object()


class SingletonMeta(type):
    """Stores the instance in each class's own __dict__ (so subclasses do not inherit it)."""

    _lock = threading.RLock()

    def __call__(cls, *args, **kwargs):
        inst = cls.__dict__.get("_singleton_instance", _SENTINEL)
        if inst is _SENTINEL:
            with SingletonMeta._lock:
                inst = cls.__dict__.get("_singleton_instance", _SENTINEL)
                if inst is _SENTINEL:
                    inst = super().__call__(*args, **kwargs)
                    type.__setattr__(cls, "_singleton_instance", inst)
        return inst

    def reset(cls):
        with SingletonMeta._lock:
            if "_singleton_instance" in cls.__dict__:
                type.__delattr__(cls, "_singleton_instance")


class Logger:
    def __new__(cls):
        if "_inst" not in cls.__dict__:
            cls._inst = object.__new__(cls)
        return cls._inst

    def __init__(self):
        if not hasattr(self, "messages"):
            self.messages = []

    def log(self, message):
        self.messages.append(message)
