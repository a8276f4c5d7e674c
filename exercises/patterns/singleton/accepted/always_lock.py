"""Another learner: always take an RLock, no double check; Logger guards __init__."""
from threading import RLock


class Settings:
    def __init__(self):
        self.values = {}


settings = Settings()


class SingletonMeta(type):
    _registry = {}
    _guard = RLock()

    def __call__(cls, *args, **kwargs):
        with SingletonMeta._guard:
            if cls not in SingletonMeta._registry:
                instance = cls.__new__(cls)
                instance.__init__(*args, **kwargs)
                SingletonMeta._registry[cls] = instance
            return SingletonMeta._registry[cls]

    def reset(cls):
        with SingletonMeta._guard:
            if cls in SingletonMeta._registry:
                del SingletonMeta._registry[cls]


class Logger:
    def __new__(cls):
        if not hasattr(cls, "_the_one"):
            cls._the_one = super().__new__(cls)
            cls._the_one._ready = False
        return cls._the_one

    def __init__(self):
        if self._ready:
            return
        self._ready = True
        self.messages = []

    def log(self, message):
        self.messages.append(message)
