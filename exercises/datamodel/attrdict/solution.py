"""Reference solution for datamodel/attrdict."""


class AttrDict(dict):
    """A dict whose keys can also be read, written and deleted as attributes."""

    def __getattr__(self, name):
        # Python calls __getattr__ only after the normal lookup (instance,
        # class, dict methods such as .items) has failed, so real attributes
        # always win over keys.
        try:
            value = self[name]
        except KeyError:
            # hasattr() and getattr(obj, name, default) catch AttributeError
            # only: a KeyError here would escape from them.
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}"
            ) from None
        if type(value) is dict:
            # Wrap a plain nested dict once and store the wrapper back, so
            # later reads return the same object and writes reach self.
            value = self[name] = AttrDict(value)
        return value

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        try:
            del self[name]
        except KeyError:
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}"
            ) from None
