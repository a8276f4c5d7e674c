"""Wrong: overrides __getattribute__ (called for every attribute) and looks
at the keys first, so a key named "items" or "keys" hides the dict method,
and class attributes and properties lose to keys."""


class AttrDict(dict):
    def __getattribute__(self, name):
        if name in self:
            value = self[name]
            if type(value) is dict:
                value = self[name] = AttrDict(value)
            return value
        return super().__getattribute__(name)

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        try:
            del self[name]
        except KeyError:
            raise AttributeError(name) from None
