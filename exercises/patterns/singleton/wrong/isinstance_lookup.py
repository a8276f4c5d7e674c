"""Wrong: finds "an instance of cls" with isinstance, so a subclass instance is returned for its parent."""
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
            for instance in SingletonMeta._instances.values():
                if isinstance(instance, cls):
                    return instance
            instance = SingletonMeta._instances[cls] = super().__call__(*args, **kwargs)
            return instance

    def reset(cls):
        with SingletonMeta._lock:
            SingletonMeta._instances.pop(cls, None)


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
