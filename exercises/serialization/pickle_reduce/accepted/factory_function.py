"""Another learner: a module-level registry, __reduce_ex__ for all protocols."""
import pickle

_CURRENCIES = {}
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


class Currency:
    __slots__ = ("code",)

    def __new__(cls, code):
        if type(code) is not str or len(code) != 3 or not set(code) <= _LETTERS:
            raise ValueError(f"bad currency code {code!r}")
        existing = _CURRENCIES.get(code)
        if existing is not None:
            return existing
        instance = super().__new__(cls)
        instance.code = code
        _CURRENCIES[code] = instance
        return instance

    def __repr__(self):
        return f"{type(self).__name__}({self.code!r})"

    def __reduce_ex__(self, protocol):
        return (Currency, (self.code,))


def picklable(obj):
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    else:
        return True
