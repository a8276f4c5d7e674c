"""Wrong: an ordinary, eager import.

importlib.import_module runs the module's code at the call, so nothing is
deferred: a slow or failing module costs (or breaks) the caller at once.
"""

import importlib


def lazy_import(name):
    return importlib.import_module(name)
