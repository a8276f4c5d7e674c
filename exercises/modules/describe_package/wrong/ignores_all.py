"""Wrong: the exports ignore __all__ and are always the public names."""

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
    exports = sorted(key for key in vars(module) if not key.startswith("_"))
    return {"kind": kind, "file": file, "portions": portions,
            "submodules": submodules, "exports": exports}
