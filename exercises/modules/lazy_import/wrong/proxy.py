"""Wrong: a hand-made proxy object that imports on first attribute access.

It is not a module, is not in sys.modules (so `import name` elsewhere loads
a second, unrelated copy), stays a proxy forever, and cannot report a
missing module at the call because it looks nothing up until first use.
"""

import importlib


class _LazyProxy:
    def __init__(self, name):
        self._name = name
        self._module = None

    def __getattr__(self, attr):
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


def lazy_import(name):
    return _LazyProxy(name)
