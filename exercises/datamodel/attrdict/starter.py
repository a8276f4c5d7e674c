"""A dict with attribute access: see `grader show datamodel/attrdict`."""


class AttrDict(dict):
    def __getattr__(self, name):
        raise NotImplementedError("write AttrDict.__getattr__()")

    def __setattr__(self, name, value):
        raise NotImplementedError("write AttrDict.__setattr__()")

    def __delattr__(self, name):
        raise NotImplementedError("write AttrDict.__delattr__()")
