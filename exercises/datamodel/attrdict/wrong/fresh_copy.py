"""Wrong: wraps a nested dict in a new AttrDict on every read without
storing it back, so d.db is not d.db and writes like d.db.port = 1 are
lost. It also wraps dict subclasses and AttrDicts (isinstance instead of an
exact type check)."""


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(name) from None
        if isinstance(value, dict):
            return AttrDict(value)
        return value

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        try:
            del self[name]
        except KeyError:
            raise AttributeError(name) from None
