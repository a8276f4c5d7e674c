_MISSING = object()

class AttrDict(dict):
    def __getattr__(self, name):
        value = self.get(name, _MISSING)
        if value is _MISSING:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        if type(value) is dict:
            wrapped = AttrDict()
            dict.update(wrapped, value)
            dict.__setitem__(self, name, wrapped)
            return wrapped
        return value

    def __setattr__(self, name, value):
        if name.startswith("_"):
            return object.__setattr__(self, name, value)
        dict.__setitem__(self, name, value)

    def __delattr__(self, name):
        if name not in self:
            raise AttributeError(f"no attribute {name!r}")
        dict.__delitem__(self, name)
