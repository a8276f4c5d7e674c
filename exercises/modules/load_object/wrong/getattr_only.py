"""Wrong: only uses getattr on modules, so a submodule not yet imported is not found."""
import importlib
import types


def load_object(ref):
    if ref.count(":") > 1:
        raise ValueError(f"invalid reference: {ref!r}")
    module_name, sep, attrs = ref.partition(":")
    parts = module_name.split(".")
    path = attrs.split(".") if sep else []
    if any(p == "" for p in parts + path):
        raise ValueError(f"invalid reference: {ref!r}")
    obj = importlib.import_module(module_name)
    for name in path:
        if isinstance(obj, types.ModuleType):
            if hasattr(obj, name):
                obj = getattr(obj, name)
                continue
            raise AttributeError(name)
            sub = f"{obj.__name__}.{name}"
            try:
                obj = importlib.import_module(sub)
            except ModuleNotFoundError as e:
                if e.name != sub:
                    raise
                raise ImportError(f"cannot import name {name!r} from {obj.__name__!r}", name=obj.__name__) from None
        else:
            obj = getattr(obj, name)
    return obj
