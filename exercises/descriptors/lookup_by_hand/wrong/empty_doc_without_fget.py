import types

_NOTHING = object()


def _find(tp, name):
    for klass in tp.__mro__:
        d = vars(klass)
        if name in d:
            return d[name]
    return _NOTHING


def get_attribute(obj, name):
    tp = type(obj)
    attr = _find(tp, name)
    if attr is not _NOTHING:
        atype = type(attr)
        if hasattr(atype, "__get__") and (hasattr(atype, "__set__") or hasattr(atype, "__delete__")):
            return atype.__get__(attr, obj, tp)
    try:
        inst = vars(obj)
    except TypeError:
        inst = None
    if inst is not None and name in inst:
        return inst[name]
    if attr is not _NOTHING:
        atype = type(attr)
        if hasattr(atype, "__get__"):
            return atype.__get__(attr, obj, tp)
        return attr
    raise AttributeError(f"{type(obj).__name__!r} object has no attribute {name!r}")


class MyProperty:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if doc is None:
            doc = fget.__doc__ if fget is not None else ""
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
