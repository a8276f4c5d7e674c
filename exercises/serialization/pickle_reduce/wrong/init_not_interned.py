import pickle
import re

_CODE = re.compile(r"[A-Z]{3}")


class Currency:
    _interned = {}

    def __init__(self, code):
        if not isinstance(code, str) or not _CODE.fullmatch(code):
            raise ValueError(f"bad currency code {code!r}")
        self.code = code

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
