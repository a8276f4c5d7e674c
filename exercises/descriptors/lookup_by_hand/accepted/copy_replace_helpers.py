"""Small helpers for the MRO search; getter/setter/deleter copy.copy the property and replace one function."""
import copy
from types import MethodType


def _lookup_in_type(tp, name):
    for klass in tp.__mro__:
        if name in klass.__dict__:
            return True, klass.__dict__[name]
    return False, None


def _has(tp, special):
    return hasattr(tp, special)


def get_attribute(obj, name):
    tp = type(obj)
    found, attr = _lookup_in_type(tp, name)
    kind = type(attr)
    if found and _has(kind, "__get__") and (_has(kind, "__set__") or _has(kind, "__delete__")):
        return kind.__get__(attr, obj, tp)
    if hasattr(obj, "__dict__"):
        own = vars(obj)
        if name in own:
            return own[name]
    if found:
        if _has(kind, "__get__"):
            return kind.__get__(attr, obj, tp)
        return attr
    raise AttributeError("%r object has no attribute %r" % (tp.__name__, name))


class MyProperty:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = fget.__doc__ if doc is None and fget is not None else doc

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

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not self.fget:
            raise AttributeError("can't get attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if not self.fset:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if not self.fdel:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)


class MyClassMethod:
    def __init__(self, func):
        self.__func__ = func

    def __get__(self, instance, owner=None):
        return MethodType(self.__func__, owner if owner is not None else type(instance))


class MyStaticMethod:
    def __init__(self, func):
        self.__func__ = func

    def __get__(self, instance, owner=None):
        return self.__func__
