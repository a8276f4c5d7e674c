"""Wrong: calls a descriptor "data" only when it has __set__, forgetting
that __delete__ alone also makes one."""

import types

_MISSING = object()


def _class_lookup(cls, name):
    """The value of `name` in the first class of cls.__mro__ defining it."""
    for klass in cls.__mro__:
        namespace = vars(klass)
        if name in namespace:
            return namespace[name]
    return _MISSING


def get_attribute(obj, name):
    cls = type(obj)
    attr = _class_lookup(cls, name)
    if attr is not _MISSING:
        kind = type(attr)
        if hasattr(kind, "__get__") and hasattr(kind, "__set__"):
            return kind.__get__(attr, obj, cls)  # data descriptor: always wins
    try:
        own = vars(obj)
    except TypeError:  # no __dict__ (e.g. __slots__)
        own = {}
    if name in own:
        return own[name]
    if attr is not _MISSING:
        if hasattr(type(attr), "__get__"):
            return type(attr).__get__(attr, obj, cls)  # non-data, e.g. a function
        return attr
    raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}")


class MyProperty:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        if doc is None and fget is not None:
            doc = fget.__doc__
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.fget is None:
            raise AttributeError("can't get attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


class MyClassMethod:
    def __init__(self, func):
        self.__func__ = func

    def __get__(self, instance, owner=None):
        if owner is None:
            owner = type(instance)
        return types.MethodType(self.__func__, owner)


class MyStaticMethod:
    def __init__(self, func):
        self.__func__ = func

    def __get__(self, instance, owner=None):
        return self.__func__
