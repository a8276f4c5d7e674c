"""Wrong: believes `from pkg import *` imports every submodule of a package.

Without __all__, a star import binds only what is already in the package's
namespace; submodules on disk that nobody imported are not exported.
"""

import importlib
import pkgutil


def describe_package(name):
    module = importlib.import_module(name)
    file = getattr(module, "__file__", None)
    if hasattr(module, "__path__"):
        kind = "package" if file is not None else "namespace package"
        portions = list(module.__path__)
        submodules = sorted({info.name for info in pkgutil.iter_modules(portions)})
    else:
        kind, portions, submodules = "module", [], []
    names = getattr(module, "__all__", None)
    if names is None:
        names = {key for key in vars(module) if not key.startswith("_")}
        names |= {sub for sub in submodules if not sub.startswith("_")}
    return {"kind": kind, "file": file, "portions": portions,
            "submodules": submodules, "exports": sorted(names)}
