"""Wrong: tries the submodule before the attribute.

`from pkg import name` looks at the package's attributes first; importing a
submodule of the same name first runs code that should not run, and rebinds
the package attribute to the submodule.
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
        if isinstance(obj, types.ModuleType):
            full_name = f"{obj.__name__}.{part}"
            try:
                obj = importlib.import_module(full_name)
                continue
            except ModuleNotFoundError as exc:
                if exc.name != full_name:
                    raise
            if not hasattr(obj, part):
                raise ImportError(
                    f"cannot import name {part!r} from {obj.__name__!r}", name=obj.__name__
                )
        obj = getattr(obj, part)
    return obj
