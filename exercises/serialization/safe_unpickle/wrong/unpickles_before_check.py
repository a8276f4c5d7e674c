"""Wrong: loads the data first and checks the signature afterwards."""
import hashlib
import hmac
import io
import pickle

SAFE_GLOBALS = frozenset(
    {
        "builtins.set",
        "builtins.frozenset",
        "builtins.complex",
        "builtins.bytearray",
        "collections.OrderedDict",
        "datetime.date",
        "datetime.datetime",
        "datetime.timedelta",
        "datetime.timezone",
        "decimal.Decimal",
    }
)

_DIGEST_SIZE = hashlib.sha256().digest_size


class RestrictedUnpickler(pickle.Unpickler):
    def __init__(self, file, *, allowed=SAFE_GLOBALS):
        super().__init__(file)
        self.allowed = allowed

    def find_class(self, module, name):
        shown = "builtins" if module == "__builtin__" else module
        if f"{shown}.{name}" not in self.allowed:
            # Refuse before super().find_class, which would import the module.
            raise pickle.UnpicklingError(f"forbidden global {shown}.{name}")
        return super().find_class(module, name)


def safe_loads(data, allowed=SAFE_GLOBALS):
    return RestrictedUnpickler(io.BytesIO(data), allowed=allowed).load()


def sign(data, key):
    return hmac.new(key, data, hashlib.sha256).digest() + data


def loads_signed(blob, key, allowed=SAFE_GLOBALS):
    digest, data = blob[:_DIGEST_SIZE], blob[_DIGEST_SIZE:]
    try:
        obj = safe_loads(data, allowed)
    except Exception:
        raise ValueError("bad signature")
    if not hmac.compare_digest(digest, hmac.new(key, data, hashlib.sha256).digest()):
        raise ValueError("bad signature")
    return obj
