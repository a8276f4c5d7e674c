import threading


class Settings:
    def __init__(self):
        self.values = {}


settings = Settings()


class SingletonMeta(type):
    _instances = {}
    _lock = threading.RLock()

    def __call__(cls, *args, **kwargs):
        try:
            return SingletonMeta._instances[cls.__qualname__]
        except KeyError:
            pass
        with SingletonMeta._lock:
            if cls.__qualname__ not in SingletonMeta._instances:
                SingletonMeta._instances[cls.__qualname__] = super().__call__(*args, **kwargs)
            return SingletonMeta._instances[cls.__qualname__]

    def reset(cls):
        with SingletonMeta._lock:
            SingletonMeta._instances.pop(cls.__qualname__, None)


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
