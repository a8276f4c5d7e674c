"""Wrong: the submodule fallback catches every ImportError.

A submodule that exists but imports a missing dependency is reported as
"cannot import name", hiding the real cause (`No module named 'dep'`).
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
            try:
                obj = importlib.import_module(f"{obj.__name__}.{part}")
            except ImportError:
                raise ImportError(
                    f"cannot import name {part!r} from {obj.__name__!r}", name=obj.__name__
                ) from None
        else:
            obj = getattr(obj, part)
    return obj
