"""Wrong: counts every subdirectory as a submodule, with or without __init__.py."""
import importlib
import os


def describe_package(name):
    mod = importlib.import_module(name)
    path = getattr(mod, "__path__", None)
    file = getattr(mod, "__file__", None)
    if path is None:
        kind = "module"
        portions = []
        subs = []
    else:
        portions = list(path)
        kind = "package" if file is not None else "namespace package"
        found = set()
        for portion in portions:
            try:
                entries = os.listdir(portion)
            except OSError:
                continue
            for entry in entries:
                full = os.path.join(portion, entry)
                if entry.endswith(".py") and entry != "__init__.py" and os.path.isfile(full):
                    found.add(entry[:-3])
                elif os.path.isdir(full) and entry != "__pycache__":
                    found.add(entry)
        subs = sorted(found)
    if hasattr(mod, "__all__"):
        exports = sorted(mod.__all__)
    else:
        exports = sorted(n for n in vars(mod) if not n.startswith("_"))
    return {"kind": kind, "file": file, "portions": portions, "submodules": subs, "exports": exports}
