"""Wrong: picklable catches only PicklingError."""
import pickle
import re

_CODE = re.compile(r"[A-Z]{3}")


class Currency:
    _interned = {}

    def __new__(cls, code):
        if not (isinstance(code, str) and _CODE.fullmatch(code)):
            raise ValueError(f"bad currency code {code!r}")
        try:
            return cls._interned[code]
        except KeyError:
            self = super().__new__(cls)
            self.code = code
            return cls._interned.setdefault(code, self)

    def __repr__(self):
        return f"Currency({self.code!r})"

    def __reduce__(self):
        # Rebuild by calling the constructor: validation and interning both run.
        return (Currency, (self.code,))


def picklable(obj):
    try:
        pickle.dumps(obj)
    except pickle.PicklingError:
        return False
    return True
