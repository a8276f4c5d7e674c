"""Wrong: decides "namespace package" from a missing __file__ alone.

Built-in modules such as `sys` have no __file__ either, yet they are plain
modules: only a module with a __path__ can be a package of any kind.
"""

import importlib
import pkgutil


def describe_package(name):
    module = importlib.import_module(name)
    file = getattr(module, "__file__", None)
    if file is None:
        kind = "namespace package"
    elif hasattr(module, "__path__"):
        kind = "package"
    else:
        kind = "module"
    portions = list(getattr(module, "__path__", []))
    submodules = sorted({info.name for info in pkgutil.iter_modules(portions)})
    names = getattr(module, "__all__", None)
    if names is None:
        names = [key for key in vars(module) if not key.startswith("_")]
    return {"kind": kind, "file": file, "portions": portions,
            "submodules": submodules, "exports": sorted(names)}
