"""Reference solution for modules/load_object."""

import importlib
import types


def load_object(ref):
    """Import and return the object named by `ref`: "pkg.mod" or "pkg.mod:attr.attr"."""
    module_name, colon, attr_path = ref.partition(":")
    if not _dotted(module_name) or (colon and not _dotted(attr_path)):
        raise ValueError(f"invalid reference: {ref!r}")
    obj = importlib.import_module(module_name)
    if not colon:
        return obj
    for part in attr_path.split("."):
        obj = _from_import(obj, part)
    return obj


def _dotted(text):
    """True for "a", "a.b": no empty parts (and no second colon)."""
    return ":" not in text and all(text.split("."))


def _from_import(obj, part):
    """`from obj import part` when obj is a module, plain getattr otherwise."""
    if not isinstance(obj, types.ModuleType):
        return getattr(obj, part)
    try:
        return getattr(obj, part)
    except AttributeError:
        pass
    # Not an attribute (yet): maybe a submodule that nobody has imported.
    full_name = f"{obj.__name__}.{part}"
    try:
        return importlib.import_module(full_name)
    except ModuleNotFoundError as exc:
        if exc.name != full_name:
            raise  # the submodule exists but something *it* imports is missing
    raise ImportError(
        f"cannot import name {part!r} from {obj.__name__!r}", name=obj.__name__
    )
