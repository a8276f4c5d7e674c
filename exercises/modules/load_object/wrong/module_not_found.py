"""Wrong: lets the fallback's ModuleNotFoundError escape for a missing name.

`from json import nope` raises a plain ImportError ("cannot import name"),
not ModuleNotFoundError: the module json was found, the name was not.
"""

import importlib
import types


def load_object(ref):
    module_name, colon, attr_path = ref.partition(":")
    if ":" in attr_path or not all(module_name.split(".")) or (colon and not all(attr_path.split("."))):
        raise ValueError(f"invalid reference: {ref!r}")
    obj = importlib.import_module(module_name)
    if not colon:
        return obj
    for part in attr_path.split("."):
        if isinstance(obj, types.ModuleType) and not hasattr(obj, part):
            obj = importlib.import_module(f"{obj.__name__}.{part}")
        else:
            obj = getattr(obj, part)
    return obj
