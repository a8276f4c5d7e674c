"""Wrong: the popular `self.__dict__ = self` trick. Attribute access then
works for flat keys, but nested dicts stay plain dicts, and because the
instance dict is checked before non-data descriptors, a key named "items"
hides the dict method."""


class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__ = self
