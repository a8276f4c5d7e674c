"""Accepted: small predicates for the descriptor kinds, obj.__dict__ with
try/except, and copy.copy to derive new properties (copy keeps the type)."""

import copy
from types import MethodType

_NOT_FOUND = object()


def _is_descriptor(value):
    return hasattr(type(value), "__get__")


def _is_data_descriptor(value):
    kind = type(value)
    return _is_descriptor(value) and (hasattr(kind, "__set__") or hasattr(kind, "__delete__"))


def get_attribute(obj, name):
    owner = type(obj)
    found = _NOT_FOUND
    for klass in owner.__mro__:
        if name in klass.__dict__:
            found = klass.__dict__[name]
            break
    if found is not _NOT_FOUND and _is_data_descriptor(found):
        return type(found).__get__(found, obj, owner)
    try:
        instance_dict = obj.__dict__
    except AttributeError:
        instance_dict = None
    if instance_dict is not None and name in instance_dict:
        return instance_dict[name]
    if found is _NOT_FOUND:
        raise AttributeError("%r object has no attribute %r" % (owner.__name__, name))
    if _is_descriptor(found):
        return type(found).__get__(found, obj, owner)
    return found


class MyProperty:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else (fget.__doc__ if fget is not None else None)

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

    def _replace(self, **changes):
        new = copy.copy(self)
        new.__dict__.update(changes)
        return new

    def getter(self, fget):
        return self._replace(fget=fget)

    def setter(self, fset):
        return self._replace(fset=fset)

    def deleter(self, fdel):
        return self._replace(fdel=fdel)


class MyClassMethod:
    def __init__(self, func):
        self.__func__ = func

    def __get__(self, instance, owner=None):
        return MethodType(self.__func__, type(instance) if owner is None else owner)


class MyStaticMethod:
    def __init__(self, func):
        self.__func__ = func

    def __get__(self, instance, owner=None):
        return self.__func__
