"""Wrong: the LazyLoader recipe from the documentation, copied as it is.

It never looks at sys.modules, so an imported module is replaced by a new,
second copy that runs its code again; a missing module gives
AttributeError ('NoneType' object has no attribute 'loader'); and a
submodule is not bound on its parent package.
"""

import importlib.util
import sys


def lazy_import(name):
    spec = importlib.util.find_spec(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
