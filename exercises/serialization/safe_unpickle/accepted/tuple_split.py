"""A learner's version: split the allowed names into (module, name) pairs."""
import hashlib
import hmac
import io
import pickle

SAFE_GLOBALS = frozenset([
    "builtins.set", "builtins.frozenset", "builtins.complex", "builtins.bytearray",
    "collections.OrderedDict",
    "datetime.date", "datetime.datetime", "datetime.timedelta", "datetime.timezone",
    "decimal.Decimal",
])


class RestrictedUnpickler(pickle.Unpickler):
    def __init__(self, file, *, allowed=SAFE_GLOBALS):
        super().__init__(file)
        self._pairs = {tuple(item.rsplit(".", 1)) for item in allowed}

    def find_class(self, module, name):
        if module == "__builtin__":
            module_checked = "builtins"
        else:
            module_checked = module
        if (module_checked, name) in self._pairs:
            return pickle.Unpickler.find_class(self, module, name)
        raise pickle.UnpicklingError("forbidden global %s.%s" % (module_checked, name))


def safe_loads(data, allowed=SAFE_GLOBALS):
    with io.BytesIO(data) as f:
        return RestrictedUnpickler(f, allowed=allowed).load()


def sign(data, key):
    mac = hmac.new(key, digestmod=hashlib.sha256)
    mac.update(data)
    return mac.digest() + data


def loads_signed(blob, key, allowed=SAFE_GLOBALS):
    if len(blob) < 32:
        raise ValueError("bad signature")
    digest, data = blob[:32], blob[32:]
    if not hmac.compare_digest(hmac.new(key, data, "sha256").digest(), digest):
        raise ValueError("bad signature")
    return safe_loads(data, allowed=allowed)
