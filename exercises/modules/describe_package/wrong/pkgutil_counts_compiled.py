"""Wrong: lists the submodules with pkgutil.iter_modules, which also counts compiled
.pyc files and folders with only an __init__.pyc, where the statement asks for
.py files and folders holding an __init__.py."""

import importlib
import pkgutil


def describe_package(name):
    """Import module `name` and describe it: kind, file, portions, submodules, exports."""
    module = importlib.import_module(name)
    file = getattr(module, "__file__", None)  # built-in modules have no __file__
    if hasattr(module, "__path__"):
        # A namespace package has a __path__ but no __init__.py, so no file.
        kind = "package" if file is not None else "namespace package"
        portions = list(module.__path__)
        # iter_modules only lists what the finders see; it imports nothing.
        submodules = sorted({info.name for info in pkgutil.iter_modules(portions)})
    else:
        kind, portions, submodules = "module", [], []
    names = getattr(module, "__all__", None)
    if names is None:
        names = [key for key in vars(module) if not key.startswith("_")]
    return {
        "kind": kind,
        "file": file,
        "portions": portions,
        "submodules": submodules,
        "exports": sorted(names),
    }
