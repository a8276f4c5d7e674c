"""Wrong: lists submodules with os.listdir of one directory.

A package is not one directory: a namespace package has several portions.
The listing also keeps __init__ and misses the "directory needs __init__.py"
rule for subpackages.
"""

import importlib
import os


def describe_package(name):
    module = importlib.import_module(name)
    file = getattr(module, "__file__", None)
    if hasattr(module, "__path__"):
        kind = "package" if file is not None else "namespace package"
        portions = list(module.__path__)
        submodules = []
        for entry in sorted(os.listdir(portions[0])):
            if entry.endswith(".py"):
                submodules.append(entry[:-3])
            elif os.path.isdir(os.path.join(portions[0], entry)) and entry != "__pycache__":
                submodules.append(entry)
    else:
        kind, portions, submodules = "module", [], []
    names = getattr(module, "__all__", None)
    if names is None:
        names = [key for key in vars(module) if not key.startswith("_")]
    return {"kind": kind, "file": file, "portions": portions,
            "submodules": submodules, "exports": sorted(names)}
