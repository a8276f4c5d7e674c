"""A learner's version: a lock per class, instances stored in a WeakKeyDictionary-free dict."""
import threading


class Settings:
    def __init__(self):
        self.values = {}


settings = Settings()


class SingletonMeta(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        cls._singleton_lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        # own slot looked up in the class's own __dict__, never inherited
        if "_singleton_instance" not in cls.__dict__:
            with cls.__dict__["_singleton_lock"]:
                if "_singleton_instance" not in cls.__dict__:
                    obj = super().__call__(*args, **kwargs)
                    type.__setattr__(cls, "_singleton_instance", obj)
        return cls.__dict__["_singleton_instance"]

    def reset(cls):
        with cls.__dict__["_singleton_lock"]:
            if "_singleton_instance" in cls.__dict__:
                type.__delattr__(cls, "_singleton_instance")


class Logger:
    _inst = None

    def __new__(cls):
        if Logger._inst is None:
            Logger._inst = object.__new__(cls)
        return Logger._inst

    def __init__(self):
        if not hasattr(self, "messages"):
            self.messages = []

    def log(self, message):
        self.messages.append(message)
