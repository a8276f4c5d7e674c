import types

_MISSING = object()


def get_attribute(obj, name):
    tp = type(obj)
    attr = _MISSING
    for klass in tp.__mro__:
        d = vars(klass)
        if name in d:
            attr = d[name]
            break
    if attr is not _MISSING:
        atype = type(attr)
        if hasattr(atype, "__get__") and (hasattr(atype, "__set__") or hasattr(atype, "__delete__")):
            return atype.__get__(attr, obj, tp)
    try:
        inst_dict = vars(obj)
    except TypeError:
        inst_dict = None
    if inst_dict is not None and name in inst_dict:
        return inst_dict[name]
    if attr is not _MISSING:
        atype = type(attr)
        if hasattr(atype, "__get__"):
            return atype.__get__(attr, obj, tp)
        return attr
    raise AttributeError(f"{tp.__name__!r} object has no attribute {name!r}")


class MyProperty:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if not doc and fget is not None:
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
