import functools
import inspect
import typing
from typing import Any, Union

try:
    from types import UnionType
except ImportError:  # 3.9
    UnionType = None


def _matches(value, hint):
    if hint is Any:
        return True
    if hint is None or hint is type(None):
        return value is None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is Union or (UnionType is not None and origin is UnionType):
        return any(_matches(value, a) for a in args)
    if origin is None:
        if hint is float:
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        if isinstance(hint, type):
            return isinstance(value, hint)
        return True
    if not isinstance(origin, type):
        return True
    if not isinstance(value, origin):
        return False
    if not args:
        return True
    if origin in (list, set, frozenset):
        return all(_matches(v, args[0]) for v in value)
    if origin is dict:
        k, v = args
        return all(_matches(a, k) and _matches(b, v) for a, b in value.items())
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_matches(v, args[0]) for v in value)
        if args == ((),):
            return len(value) == 0
        return len(value) == len(args) and all(_matches(v, a) for v, a in zip(value, args))
    return True


def _name(hint):
    if isinstance(hint, type) and typing.get_origin(hint) is None:
        return hint.__name__
    return repr(hint)


def enforce_types(func):
    """Return a wrapper checking arguments and return value against func's type hints."""
    sig = inspect.signature(func)
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        if "hints" not in cache:
            cache["hints"] = typing.get_type_hints(func)
        hints = cache["hints"]
        bound = sig.bind(*args, **kwargs)
        for name, value in bound.arguments.items():
            if name not in hints:
                continue
            hint = hints[name]
            kind = sig.parameters[name].kind
            if kind is inspect.Parameter.VAR_POSITIONAL:
                items = value
            elif kind is inspect.Parameter.VAR_KEYWORD:
                items = value.values()
            else:
                items = (value,)
            for item in items:
                if not _matches(item, hint):
                    raise TypeError(f"argument {name!r}: expected {_name(hint)}, got {type(item).__name__}")
        result = func(*args, **kwargs)
        if "return" in hints and not _matches(result, hints["return"]):
            raise TypeError(f"return value: expected {_name(hints['return'])}, got {type(result).__name__}")
        return result

    return wrapper
