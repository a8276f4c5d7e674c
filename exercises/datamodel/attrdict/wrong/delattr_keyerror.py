"""Wrong: __delattr__ lets the KeyError escape, so `del d.missing` raises
KeyError instead of AttributeError."""


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}"
            ) from None
        if type(value) is dict:
            value = self[name] = AttrDict(value)
        return value

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        del self[name]
