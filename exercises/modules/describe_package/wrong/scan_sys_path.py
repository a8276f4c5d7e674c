"""Wrong: finds the portions by scanning sys.path for directories named `name`.

That ignores how the import system resolves the name: a regular package
anywhere on sys.path wins, and then only its own directory is the __path__.
"""

import importlib
import os
import pkgutil
import sys


def describe_package(name):
    module = importlib.import_module(name)
    file = getattr(module, "__file__", None)
    if hasattr(module, "__path__"):
        kind = "package" if file is not None else "namespace package"
        rel = os.path.join(*name.split("."))
        portions = [os.path.join(entry, rel) for entry in sys.path
                    if os.path.isdir(os.path.join(entry, rel))]
        submodules = sorted({info.name for info in pkgutil.iter_modules(portions)})
    else:
        kind, portions, submodules = "module", [], []
    names = getattr(module, "__all__", None)
    if names is None:
        names = [key for key in vars(module) if not key.startswith("_")]
    return {"kind": kind, "file": file, "portions": portions,
            "submodules": submodules, "exports": sorted(names)}
