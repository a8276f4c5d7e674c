"""Variant: a WeakValueDictionary cache, validation by hand, broad except in picklable."""
import pickle
import string
import weakref

_UPPER = frozenset(string.ascii_uppercase)


class Currency:
    __slots__ = ("code", "__weakref__")
    _cache = weakref.WeakValueDictionary()

    def __new__(cls, code):
        if type(code) is not str or len(code) != 3 or not set(code) <= _UPPER:
            raise ValueError("bad currency code %r" % (code,))
        inst = cls._cache.get(code)
        if inst is None:
            inst = object.__new__(cls)
            inst.code = code
            cls._cache[code] = inst
        return inst

    def __repr__(self):
        return "Currency(%r)" % (self.code,)

    def __reduce__(self):
        return (type(self), (self.code,))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def picklable(obj):
    try:
        pickle.dumps(obj)
        return True
    except Exception:
        return False
