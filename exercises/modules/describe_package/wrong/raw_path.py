"""Wrong: returns the package's own __path__ object instead of a new list.

For a namespace package that is a _NamespacePath (not a list, and not equal
to one); for a regular package it is the package's live list, so a caller
appending to the result changes where Python looks for submodules.
"""

import importlib
import pkgutil


def describe_package(name):
    module = importlib.import_module(name)
    file = getattr(module, "__file__", None)
    if hasattr(module, "__path__"):
        kind = "package" if file is not None else "namespace package"
        portions = module.__path__
        submodules = sorted({info.name for info in pkgutil.iter_modules(portions)})
    else:
        kind, portions, submodules = "module", [], []
    names = getattr(module, "__all__", None)
    if names is None:
        names = [key for key in vars(module) if not key.startswith("_")]
    return {"kind": kind, "file": file, "portions": portions,
            "submodules": submodules, "exports": sorted(names)}
