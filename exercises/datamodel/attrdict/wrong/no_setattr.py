"""Wrong: defines __getattr__ only. `d.b = 2` then creates an ordinary
instance attribute in d.__dict__ instead of a key, and `del d.a` cannot
delete a key."""


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(name) from None
        if type(value) is dict:
            value = self[name] = AttrDict(value)
        return value
