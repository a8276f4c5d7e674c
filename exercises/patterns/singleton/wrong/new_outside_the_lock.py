import threading


class Settings:
    def __init__(self):
        self.values = {}


settings = Settings()


class SingletonMeta(type):
    _instances = {}
    _lock = threading.RLock()

    def __call__(cls, *args, **kwargs):
        inst = SingletonMeta._instances.get(cls)
        if inst is not None:
            return inst
        obj = cls.__new__(cls, *args, **kwargs)
        import time; time.sleep(0.001)
        if cls not in SingletonMeta._instances:
            SingletonMeta._instances[cls] = obj
            obj.__init__(*args, **kwargs)
        else:
            obj = SingletonMeta._instances[cls]
        return obj

    def reset(cls):
        with SingletonMeta._lock:
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
