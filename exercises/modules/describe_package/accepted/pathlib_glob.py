"""describe_package with pathlib."""
from importlib import import_module
from pathlib import Path


def _submodules(portions):
    names = set()
    for portion in map(Path, portions):
        if not portion.is_dir():
            continue
        for child in portion.iterdir():
            if child.is_file() and child.suffix == ".py" and child.name != "__init__.py":
                names.add(child.stem)
            elif child.is_dir() and (child / "__init__.py").is_file():
                names.add(child.name)
    return sorted(names)


def describe_package(name):
    module = import_module(name)
    namespace = vars(module)
    is_pkg = hasattr(module, "__path__")
    portions = [str(p) for p in module.__path__] if is_pkg else []
    file = namespace.get("__file__")
    return {
        "kind": ("package" if file else "namespace package") if is_pkg else "module",
        "file": file,
        "portions": portions,
        "submodules": _submodules(portions) if is_pkg else [],
        "exports": sorted(namespace["__all__"]) if "__all__" in namespace
        else sorted(k for k in namespace if not k.startswith("_")),
    }
