# A learner's version that checks sys.modules only after find_spec, which raises
# ValueError for an entry without a usable __spec__ (learner simulation round 8).
import importlib.util
import sys


def lazy_import(name):
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    if name in sys.modules:
        return sys.modules[name]
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return module
