# rule broken: "a TypeVar ...: anything (not checked)" (a bound TypeVar is checked against its bound)
import functools
import inspect
import types
import typing
from typing import Any, Union

_UNION_TYPES = (Union,) + ((types.UnionType,) if hasattr(types, "UnionType") else ())


def _matches(value, hint):
    if hint is Any:
        return True
    if hint is None or hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, (float, int))
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is None:
        if isinstance(hint, type):
            return isinstance(value, hint)
        if isinstance(hint, typing.TypeVar) and hint.__bound__ is not None:
            return _matches(value, hint.__bound__)
        return True  # TypeVar, NewType, ...
    if origin in _UNION_TYPES:
        return any(_matches(value, a) for a in args)
    if not isinstance(origin, type):
        return True  # Literal, ClassVar, ...
    if not isinstance(value, origin):
        return False
    if not args:
        return True
    if origin in (list, set, frozenset):
        return all(_matches(item, args[0]) for item in value)
    if origin is dict:
        k, v = args
        return all(_matches(a, k) and _matches(b, v) for a, b in value.items())
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_matches(item, args[0]) for item in value)
        if args == ((),):
            return len(value) == 0
        return len(value) == len(args) and all(_matches(i, h) for i, h in zip(value, args))
    return True


def _show(hint):
    if isinstance(hint, type) and typing.get_origin(hint) is None:
        return hint.__name__
    return repr(hint)


def enforce_types(func):
    sig = inspect.signature(func)
    cache = {}

    def hints():
        if "hints" not in cache:
            cache["hints"] = typing.get_type_hints(func)
        return cache["hints"]

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        h = hints()
        bound = sig.bind(*args, **kwargs)
        for name, value in bound.arguments.items():
            if name not in h:
                continue
            hint = h[name]
            kind = sig.parameters[name].kind
            if kind is inspect.Parameter.VAR_POSITIONAL:
                values = list(value)
            elif kind is inspect.Parameter.VAR_KEYWORD:
                values = list(value.values())
            else:
                values = [value]
            for v in values:
                if not _matches(v, hint):
                    raise TypeError(f"argument '{name}': expected {_show(hint)}, got {type(v).__name__}")
        result = func(*args, **kwargs)
        if "return" in h and not _matches(result, h["return"]):
            raise TypeError(f"return value: expected {_show(h['return'])}, got {type(result).__name__}")
        return result

    return wrapper
