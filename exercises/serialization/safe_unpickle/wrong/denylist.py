"""Wrong: a deny-list of the obviously dangerous globals."""
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

    DENIED_MODULES = {"os", "posix", "nt", "subprocess", "sys", "shutil"}
    DENIED_BUILTINS = {"eval", "exec", "compile", "__import__", "open"}

    def find_class(self, module, name):
        shown = "builtins" if module == "__builtin__" else module
        if shown in self.DENIED_MODULES or (shown == "builtins" and name in self.DENIED_BUILTINS):
            raise pickle.UnpicklingError(f"forbidden global {shown}.{name}")
        return super().find_class(module, name)


def safe_loads(data, allowed=SAFE_GLOBALS):
    return RestrictedUnpickler(io.BytesIO(data), allowed=allowed).load()


def sign(data, key):
    return hmac.new(key, data, hashlib.sha256).digest() + data


def loads_signed(blob, key, allowed=SAFE_GLOBALS):
    digest, data = blob[:_DIGEST_SIZE], blob[_DIGEST_SIZE:]
    expected = hmac.new(key, data, hashlib.sha256).digest()
    if len(digest) != _DIGEST_SIZE or not hmac.compare_digest(digest, expected):
        raise ValueError("bad signature")
    return safe_loads(data, allowed)
