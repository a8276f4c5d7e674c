"""Variant: resolves allowed globals itself with importlib + getattr, hashlib digest."""
import hashlib
import hmac
import importlib
import io
import pickle

SAFE_GLOBALS = frozenset(
    ["builtins." + n for n in ("set", "frozenset", "complex", "bytearray")]
    + ["collections.OrderedDict", "decimal.Decimal"]
    + ["datetime." + n for n in ("date", "datetime", "timedelta", "timezone")]
)

_RENAMES = {"__builtin__": "builtins"}
_DIGEST_SIZE = hashlib.sha256().digest_size


class RestrictedUnpickler(pickle.Unpickler):
    def __init__(self, file, *, allowed=SAFE_GLOBALS):
        super().__init__(file)
        self._allowed = frozenset(allowed)

    def find_class(self, module, name):
        module = _RENAMES.get(module, module)
        dotted = module + "." + name
        if dotted in self._allowed:
            return getattr(importlib.import_module(module), name)
        raise pickle.UnpicklingError("forbidden global " + dotted)


def safe_loads(data, allowed=SAFE_GLOBALS):
    unpickler = RestrictedUnpickler(io.BytesIO(bytes(data)), allowed=allowed)
    return unpickler.load()


def _mac(key, data):
    return hmac.new(key, data, hashlib.sha256).digest()


def sign(data, key):
    return _mac(key, data) + data


def loads_signed(blob, key, allowed=SAFE_GLOBALS):
    if len(blob) < _DIGEST_SIZE:
        raise ValueError("bad signature")
    digest, data = blob[:_DIGEST_SIZE], blob[_DIGEST_SIZE:]
    if not hmac.compare_digest(digest, _mac(key, data)):
        raise ValueError("bad signature")
    return safe_loads(data, allowed=allowed)
