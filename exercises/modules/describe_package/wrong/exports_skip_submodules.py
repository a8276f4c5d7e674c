"""Wrong: leaves imported submodules out of the exports when there is no __all__."""
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
                elif os.path.isdir(full) and os.path.isfile(os.path.join(full, "__init__.py")):
                    found.add(entry)
        subs = sorted(found)
    if hasattr(mod, "__all__"):
        exports = sorted(mod.__all__)
    else:
        import types as _t
        exports = sorted(n for n, v in vars(mod).items() if not n.startswith("_") and not isinstance(v, _t.ModuleType))
    return {"kind": kind, "file": file, "portions": portions, "submodules": subs, "exports": exports}
