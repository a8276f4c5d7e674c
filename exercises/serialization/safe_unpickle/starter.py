"""A restricted unpickler and signed pickles: see `grader show serialization/safe_unpickle`."""
import hmac
import io
import pickle

SAFE_GLOBALS = frozenset()


class RestrictedUnpickler(pickle.Unpickler):
    def __init__(self, file, *, allowed=SAFE_GLOBALS):
        super().__init__(file)
        self.allowed = allowed

    def find_class(self, module, name):
        raise NotImplementedError("write RestrictedUnpickler.find_class")


def safe_loads(data, allowed=SAFE_GLOBALS):
    raise NotImplementedError("write safe_loads()")


def sign(data, key):
    raise NotImplementedError("write sign()")


def loads_signed(blob, key, allowed=SAFE_GLOBALS):
    raise NotImplementedError("write loads_signed()")
