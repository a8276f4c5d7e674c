"""Wrong: imports the module at once with import_module."""
import importlib.util
import sys


def lazy_import(name):
    if name in sys.modules:
        return sys.modules[name]
    importlib.import_module(name)
    spec = importlib.util.find_spec(name)
    if name in sys.modules:
        return sys.modules[name]
    if spec is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return module
