# Accepted: written by the blind learner simulation (issue 13) from the statement alone.
from importlib import import_module
from pathlib import Path


def describe_package(name):
    mod = import_module(name)
    spec = getattr(mod, "__spec__", None)
    ns = vars(mod)
    result = {"kind": "module", "file": ns.get("__file__"), "portions": [],
              "submodules": [], "exports": []}
    if "__path__" in ns:
        result["portions"] = [str(p) for p in ns["__path__"]]
        is_namespace = ns.get("__file__") is None or (spec is not None and spec.origin in (None, "namespace"))
        result["kind"] = "namespace package" if is_namespace else "package"
        found = set()
        for portion in result["portions"]:
            folder = Path(portion)
            if not folder.is_dir():
                continue
            for child in folder.iterdir():
                if child.is_dir():
                    if (child / "__init__.py").is_file():
                        found.add(child.name)
                elif child.suffix == ".py" and child.name != "__init__.py":
                    found.add(child.stem)
        result["submodules"] = sorted(found)
    if "__all__" in ns:
        result["exports"] = sorted(set(ns["__all__"]))
    else:
        result["exports"] = sorted(k for k in ns if k[:1] != "_")
    return result
