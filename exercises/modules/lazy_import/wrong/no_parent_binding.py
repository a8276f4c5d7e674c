"""Wrong: forgets what a normal import does for a submodule, and checks
sys.modules only before find_spec.

`import pkg.sub` sets `pkg.sub`; without that, `pkg.sub` is missing (or is
an older module object). And find_spec imports the parent package, whose
__init__.py may import the submodule itself: that module must be reused,
not replaced by a new lazy copy that runs the code a second time.
"""

import importlib.util
import sys


def lazy_import(name):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
