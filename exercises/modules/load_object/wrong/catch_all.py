"""Wrong: wraps every failure in a "friendlier" ImportError.

The caller can no longer tell a missing module (ModuleNotFoundError), a bad
reference (ValueError) or a submodule's own error from a missing name.
"""

import importlib
import types


def load_object(ref):
    try:
        module_name, colon, attr_path = ref.partition(":")
        if ":" in attr_path or not all(module_name.split(".")) or (colon and not all(attr_path.split("."))):
            raise ValueError(f"invalid reference: {ref!r}")
        obj = importlib.import_module(module_name)
        for part in attr_path.split(".") if colon else []:
            if isinstance(obj, types.ModuleType) and not hasattr(obj, part):
                try:
                    obj = importlib.import_module(f"{obj.__name__}.{part}")
                    continue
                except ModuleNotFoundError:
                    raise ImportError(
                        f"cannot import name {part!r} from {obj.__name__!r}", name=obj.__name__
                    ) from None
            obj = getattr(obj, part)
        return obj
    except ImportError:
        raise
    except Exception as exc:
        raise ImportError(f"cannot load {ref!r}: {exc}") from exc
