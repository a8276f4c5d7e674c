"""lazy_import with a ModuleType subclass that loads itself on first attribute access."""
import importlib.util
import sys
import threading
import types


class _LazyModule(types.ModuleType):
    def __getattribute__(self, attr):
        cls = _LazyModule
        if type(self) is cls:
            # first real access: become an ordinary module, then run the code
            state = object.__getattribute__(self, "__dict__")
            spec = state["__spec__"]
            with state["_lazy_lock"]:
                if type(self) is cls:
                    object.__setattr__(self, "__class__", types.ModuleType)
                    del state["_lazy_lock"]
                    spec.loader.exec_module(self)
        return object.__getattribute__(self, attr)


def lazy_import(name):
    existing = sys.modules.get(name)
    if existing is not None:
        return existing
    spec = importlib.util.find_spec(name)
    if name in sys.modules:
        return sys.modules[name]
    if spec is None:
        raise ModuleNotFoundError("No module named %r" % name, name=name)
    module = importlib.util.module_from_spec(spec)
    module.__dict__["_lazy_lock"] = threading.RLock()
    module.__class__ = _LazyModule
    sys.modules[name] = module
    if "." in name:
        parent, child = name.rsplit(".", 1)
        setattr(sys.modules[parent], child, module)
    return module
