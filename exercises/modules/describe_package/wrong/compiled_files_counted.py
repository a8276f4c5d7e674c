# rule broken: submodules are ".py files other than __init__.py" (also counts .pyc/.so files, e.g. via inspect.getmodulename)
import importlib
import inspect
import os


def _submodules(portions):
    names = set()
    for folder in portions:
        try:
            entries = os.listdir(folder)
        except OSError:
            continue
        for entry in entries:
            path = os.path.join(folder, entry)
            mod = inspect.getmodulename(path)
            if os.path.isfile(path) and mod and mod != "__init__":
                names.add(mod)
            elif os.path.isdir(path) and os.path.isfile(os.path.join(path, "__init__.py")):
                names.add(entry)
    return sorted(names)


def describe_package(name):
    module = importlib.import_module(name)
    path = getattr(module, "__path__", None)
    file = getattr(module, "__file__", None)
    if path is None:
        kind = "module"
        portions = []
    else:
        portions = list(path)
        kind = "package" if file is not None else "namespace package"
    if hasattr(module, "__all__"):
        exports = sorted(module.__all__)
    else:
        exports = sorted(n for n in vars(module) if not n.startswith("_"))
    return {
        "kind": kind,
        "file": file,
        "portions": portions,
        "submodules": _submodules(portions),
        "exports": exports,
    }
