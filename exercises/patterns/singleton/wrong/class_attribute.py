"""Wrong: the instance is stored on the class, so a subclass inherits it."""
import threading


class Settings:
    def __init__(self):
        self.values = {}


# 1. The module is the singleton: imported once, cached in sys.modules.
settings = Settings()


class SingletonMeta(type):
    # Keyed by the class itself, so a subclass never sees its parent's instance.
    _instances = {}
    # Re-entrant: a singleton's __init__ may create another singleton.
    _lock = threading.RLock()

    def __call__(cls, *args, **kwargs):
        with SingletonMeta._lock:
            if getattr(cls, "_instance", None) is None:
                cls._instance = super().__call__(*args, **kwargs)
            return cls._instance

    def reset(cls):
        with SingletonMeta._lock:
            cls._instance = None


class Logger:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            instance = super().__new__(cls)
            # State is made here, once: __init__ would run on every Logger().
            instance.messages = []
            cls._instance = instance
        return cls._instance

    def log(self, message):
        self.messages.append(message)
