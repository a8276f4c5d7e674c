class AttrDict(dict):
    def __getattr__(self, name):
        if name not in self:
            raise AttributeError()
        value = self[name]
        if type(value) is dict:
            value = AttrDict(value)
            self[name] = value
        return value

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        if name not in self:
            raise AttributeError()
        del self[name]
