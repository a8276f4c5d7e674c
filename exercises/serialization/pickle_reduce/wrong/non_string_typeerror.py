import pickle
import re


class Currency:
    _interned = {}

    def __new__(cls, code):
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise ValueError(f"bad currency code {code!r}")
        try:
            return cls._interned[code]
        except KeyError:
            self = super().__new__(cls)
            self.code = code
            cls._interned[code] = self
            return self

    def __repr__(self):
        return f"Currency({self.code!r})"

    def __reduce__(self):
        return (Currency, (self.code,))


def picklable(obj):
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    return True
