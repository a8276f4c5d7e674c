"""Reference solution for modules/describe_package."""

import importlib
import os


def _submodules(portions):
    """Names of the .py files (not __init__.py) and the folders holding an
    __init__.py, in every portion, each once. Lists folders; imports nothing."""
    names = set()
    for portion in portions:
        try:
            entries = list(os.scandir(portion))
        except OSError:  # a portion may have gone since the import
            continue
        for entry in entries:
            if entry.is_file() and entry.name.endswith(".py") and entry.name != "__init__.py":
                names.add(entry.name[: -len(".py")])
            elif entry.is_dir() and os.path.isfile(os.path.join(entry.path, "__init__.py")):
                names.add(entry.name)
    return sorted(names)


def describe_package(name):
    """Import module `name` and describe it: kind, file, portions, submodules, exports."""
    module = importlib.import_module(name)
    file = getattr(module, "__file__", None)  # built-in modules have no __file__
    if hasattr(module, "__path__"):
        # A namespace package has a __path__ but no __init__.py, so no file.
        kind = "package" if file is not None else "namespace package"
        portions = list(module.__path__)
        submodules = _submodules(portions)
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
