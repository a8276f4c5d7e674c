"""load_object with functools.reduce and importlib.util.find_spec to tell a missing submodule apart."""
import functools
import importlib
import importlib.util
import re
from types import ModuleType

_DOTTED = re.compile(r"[^.:]+(\.[^.:]+)*\Z")


def _step(obj, name):
    if not isinstance(obj, ModuleType):
        return getattr(obj, name)
    try:
        return getattr(obj, name)
    except AttributeError:
        pass
    full = obj.__name__ + "." + name
    if getattr(obj, "__path__", None) is None or importlib.util.find_spec(full) is None:
        raise ImportError("cannot import name %r from %r" % (name, obj.__name__), name=obj.__name__)
    return importlib.import_module(full)


def load_object(ref):
    pieces = ref.split(":")
    if len(pieces) > 2 or not all(_DOTTED.match(p) for p in pieces):
        raise ValueError("invalid reference: %r" % (ref,))
    module = importlib.import_module(pieces[0])
    if len(pieces) == 1:
        return module
    return functools.reduce(_step, pieces[1].split("."), module)
