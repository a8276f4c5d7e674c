import copy

class AttrDict(dict):
    def __getattr__(self, name):
        if name not in self:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = dict.__getitem__(self, name)
        if type(value) is dict:
            new = AttrDict()
            new.update(value)
            dict.__setitem__(self, name, new)
            return new
        return value

    def __setattr__(self, name, value):
        dict.__setitem__(self, name, value)

    def __delattr__(self, name):
        if name not in self:
            raise AttributeError(f"no attribute {name!r}")
        dict.__delitem__(self, name)

    def __copy__(self):
        return AttrDict(self)

    def __deepcopy__(self, memo):
        new = AttrDict()
        memo[id(self)] = new
        for k, v in self.items():
            dict.__setitem__(new, copy.deepcopy(k, memo), copy.deepcopy(v, memo))
        return new

    def __reduce__(self):
        return (AttrDict, (dict(self),))
