"""Accepted: the MRO search as a generator expression, vars() for the
instance dict with hasattr(obj, '__dict__'), and descriptor classes sharing
a base that stores __func__."""

import types

_ABSENT = object()


def get_attribute(obj, name):
    cls = type(obj)
    attr = next((vars(k)[name] for k in cls.__mro__ if name in vars(k)), _ABSENT)
    getter = hasattr(type(attr), "__get__")
    data = getter and (hasattr(type(attr), "__set__") or hasattr(type(attr), "__delete__"))
    if attr is not _ABSENT and data:
        return type(attr).__get__(attr, obj, cls)
    own = vars(obj) if hasattr(obj, "__dict__") else {}
    if name in own:
        return own[name]
    if attr is not _ABSENT:
        return type(attr).__get__(attr, obj, cls) if getter else attr
    raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}")


class MyProperty:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        if doc is None and fget is not None:
            doc = fget.__doc__
        self.__doc__ = doc

    def _call(self, func, verb, *args):
        if func is None:
            raise AttributeError(f"can't {verb} attribute")
        return func(*args)

    def __get__(self, instance, owner=None):
        return self if instance is None else self._call(self.fget, "get", instance)

    def __set__(self, instance, value):
        self._call(self.fset, "set", instance, value)

    def __delete__(self, instance):
        self._call(self.fdel, "delete", instance)

    def getter(self, f):
        return self.__class__(f, self.fset, self.fdel, self.__doc__)

    def setter(self, f):
        return self.__class__(self.fget, f, self.fdel, self.__doc__)

    def deleter(self, f):
        return self.__class__(self.fget, self.fset, f, self.__doc__)


class _Wrapper:
    def __init__(self, func):
        self.__func__ = func


class MyClassMethod(_Wrapper):
    def __get__(self, instance, owner=None):
        if owner is None:
            owner = type(instance)
        return types.MethodType(self.__func__, owner)


class MyStaticMethod(_Wrapper):
    def __get__(self, instance, owner=None):
        return self.__func__
