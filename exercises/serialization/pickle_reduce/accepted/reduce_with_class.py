"""A learner's version: __reduce__ via type(self), str methods for validation."""
import pickle
import string


class Currency:
    _registry = {}

    def __new__(cls, code):
        if not isinstance(code, str) or len(code) != 3 or any(ch not in string.ascii_uppercase for ch in code):
            raise ValueError("bad currency code %r" % (code,))
        if code not in cls._registry:
            obj = object.__new__(cls)
            obj.code = code
            cls._registry[code] = obj
        return cls._registry[code]

    def __repr__(self):
        return "Currency(%r)" % self.code

    def __reduce__(self):
        return type(self), (self.code,)


def picklable(obj):
    try:
        pickle.dumps(obj)
        return True
    except Exception:
        return False
