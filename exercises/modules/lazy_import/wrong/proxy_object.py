"""Wrong: returns a proxy object (not a module) that imports the real module on first attribute access."""
import importlib
import importlib.util
import sys


class _Proxy:
    def __init__(self, name):
        self._name = name
        self._module = None

    def __getattr__(self, attr):
        if self._module is None:
            del sys.modules[self._name]
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


def lazy_import(name):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if name in sys.modules:
        return sys.modules[name]
    if spec is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    proxy = _Proxy(name)
    sys.modules[name] = proxy
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, proxy)
    return proxy
