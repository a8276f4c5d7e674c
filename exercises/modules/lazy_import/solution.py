"""Reference solution for modules/lazy_import."""

import importlib.util
import sys


def lazy_import(name):
    """Import module `name` lazily: its code runs on the first attribute access."""
    if name in sys.modules:
        return sys.modules[name]
    # find_spec locates the module without running it; for "pkg.sub" it
    # imports the parent package "pkg" (normally) to search its __path__.
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    if name in sys.modules:  # the parent's __init__.py imported it meanwhile
        return sys.modules[name]
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)  # only arranges for the real exec on first access
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return module
