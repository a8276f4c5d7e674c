"""Wrong: __getattr__ lets the KeyError escape, so hasattr() and
getattr(d, name, default) raise instead of answering, and copy.deepcopy()
crashes when it probes for __deepcopy__."""


class AttrDict(dict):
    def __getattr__(self, name):
        value = self[name]
        if type(value) is dict:
            value = self[name] = AttrDict(value)
        return value

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        del self[name]
