"""Wrong: converts nested dicts when they are stored, in __init__ and
__setitem__, and never when they are read. dict.update() and
dict.setdefault() do not call __setitem__, so dicts stored by them stay
plain and d.cfg.level fails."""


class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, value in self.items():
            if type(value) is dict:
                dict.__setitem__(self, key, AttrDict(value))

    def __setitem__(self, key, value):
        if type(value) is dict:
            value = AttrDict(value)
        super().__setitem__(key, value)

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        try:
            del self[name]
        except KeyError:
            raise AttributeError(name) from None
