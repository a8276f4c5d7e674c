"""Another learner: a small module-rename table, and sign() reused for checking."""
import hmac
import io
import pickle

SAFE_GLOBALS = frozenset(
    "builtins." + n for n in ("set", "frozenset", "complex", "bytearray")
) | frozenset(
    {"collections.OrderedDict", "decimal.Decimal"}
) | frozenset("datetime." + n for n in ("date", "datetime", "timedelta", "timezone"))

_PY2_MODULES = {"__builtin__": "builtins"}


class RestrictedUnpickler(pickle.Unpickler):
    def __init__(self, file, *, allowed=SAFE_GLOBALS):
        pickle.Unpickler.__init__(self, file)
        self.allowed = frozenset(allowed)

    def find_class(self, module, name):
        full = _PY2_MODULES.get(module, module) + "." + name
        if full not in self.allowed:
            raise pickle.UnpicklingError(f"forbidden global {full}")
        return super().find_class(module, name)


def safe_loads(data, allowed=SAFE_GLOBALS):
    return RestrictedUnpickler(io.BytesIO(data), allowed=allowed).load()


def sign(data, key):
    return hmac.digest(key, data, "sha256") + data


def loads_signed(blob, key, allowed=SAFE_GLOBALS):
    data = blob[32:]
    if len(blob) < 32 or not hmac.compare_digest(sign(data, key), blob):
        raise ValueError("bad signature")
    return safe_loads(data, allowed)
