"""Wrong: uses __import__, which returns the *top-level* package.

`__import__("json.decoder")` imports json.decoder but returns `json`, just as
`import json.decoder` binds only the name `json`.
"""

import types


def load_object(ref):
    module_name, colon, attr_path = ref.partition(":")
    if ":" in attr_path or not all(module_name.split(".")) or (colon and not all(attr_path.split("."))):
        raise ValueError(f"invalid reference: {ref!r}")
    obj = __import__(module_name)
    if not colon:
        return obj
    for part in attr_path.split("."):
        if isinstance(obj, types.ModuleType) and not hasattr(obj, part):
            full_name = f"{obj.__name__}.{part}"
            try:
                obj = __import__(full_name)
                continue
            except ModuleNotFoundError as exc:
                if exc.name != full_name:
                    raise
            raise ImportError(
                f"cannot import name {part!r} from {obj.__name__!r}", name=obj.__name__
            )
        obj = getattr(obj, part)
    return obj
