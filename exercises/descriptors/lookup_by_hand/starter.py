"""Attribute lookup by hand: see `grader show descriptors/lookup_by_hand`."""


def get_attribute(obj, name):
    raise NotImplementedError("write get_attribute()")


class MyProperty:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        raise NotImplementedError("write MyProperty")


class MyClassMethod:
    def __init__(self, func):
        raise NotImplementedError("write MyClassMethod")


class MyStaticMethod:
    def __init__(self, func):
        raise NotImplementedError("write MyStaticMethod")
