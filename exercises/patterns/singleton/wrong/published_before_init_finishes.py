from threading import RLock


class Settings:
    def __init__(self):
        self.values = {}


settings = Settings()


class SingletonMeta(type):
    _instances = {}
    _guard = RLock()

    def __call__(cls, *args, **kwargs):
        try:
            return SingletonMeta._instances[cls]
        except KeyError:
            pass
        with SingletonMeta._guard:
            if cls not in SingletonMeta._instances:
                inst = cls.__new__(cls)
                SingletonMeta._instances[cls] = inst   # published before __init__
                if isinstance(inst, cls):
                    inst.__init__(*args, **kwargs)
            return SingletonMeta._instances[cls]

    def reset(cls):
        with SingletonMeta._guard:
            SingletonMeta._instances.pop(cls, None)


class Logger:
    def __new__(cls):
        if "_the" not in cls.__dict__:
            cls._the = object.__new__(cls)
        return cls._the

    def __init__(self):
        if not hasattr(self, "messages"):
            self.messages = []

    def log(self, message):
        self.messages.append(message)
