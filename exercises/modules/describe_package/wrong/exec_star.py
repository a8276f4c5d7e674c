"""Wrong: computes the exports by running `from name import *`.

The names come out right, but a star import imports every submodule listed
in __all__: describing a package must not run its submodules' code.
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
    namespace = {}
    exec(f"from {name} import *", namespace)
    exports = sorted(key for key in namespace if key != "__builtins__")
    return {"kind": kind, "file": file, "portions": portions,
            "submodules": submodules, "exports": exports}
