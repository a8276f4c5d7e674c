class AttrDict(dict):
    """A dict whose keys are also attributes."""

    __slots__ = ()

    def __getattr__(self, name):
        if name not in self:
            raise AttributeError(f"no attribute or key {name!r}")
        value = dict.__getitem__(self, name)
        if type(value) is dict:
            value = AttrDict(value)
            dict.__setitem__(self, name, value)
        return value

    def __setattr__(self, name, value):
        dict.__setitem__(self, name, value)

    def __delattr__(self, name):
        if name not in self:
            raise AttributeError(f"no attribute or key {name!r}")
        dict.__delitem__(self, name)
