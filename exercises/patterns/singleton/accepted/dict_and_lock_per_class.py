"""A learner's version: instances in a dict, one lock per class made under a guard lock."""
import threading


class Settings:
    def __init__(self):
        self.values = {}


settings = Settings()


class SingletonMeta(type):
    _instances = {}
    _locks = {}
    _guard = threading.Lock()

    def __call__(cls, *args, **kwargs):
        try:
            return SingletonMeta._instances[cls]
        except KeyError:
            pass
        with SingletonMeta._guard:
            lock = SingletonMeta._locks.setdefault(cls, threading.Lock())
        with lock:
            if cls not in SingletonMeta._instances:
                SingletonMeta._instances[cls] = super().__call__(*args, **kwargs)
            return SingletonMeta._instances[cls]

    def reset(cls):
        SingletonMeta._instances.pop(cls, None)


class Logger:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.messages = []
        return cls._instance

    def __init__(self):
        pass

    def log(self, message):
        self.messages.append(message)
