"""enforce_types with a table of per-origin checkers and a cached checker per hint."""
from collections.abc import Mapping
from functools import wraps
from inspect import Parameter, signature
from typing import Any, Union, get_args, get_origin, get_type_hints

try:
    from types import UnionType
except ImportError:  # Python 3.9
    UnionType = Union


def _items(checker):
    return lambda value, args: all(check(v, args[0]) for v in value) if args else True


def _mapping(value, args):
    if not args:
        return True
    return all(check(k, args[0]) and check(v, args[1]) for k, v in value.items())


def _tuple(value, args):
    if not args:
        return True
    if len(args) == 2 and args[1] is ...:
        return all(check(v, args[0]) for v in value)
    if args == ((),):
        return value == ()
    if len(value) != len(args):
        return False
    return all(check(v, a) for v, a in zip(value, args))


DEEP = {list: _items(None), set: _items(None), frozenset: _items(None), dict: _mapping, tuple: _tuple}


def check(value, hint):
    if hint is Any:
        return True
    if hint in (None, type(None)):
        return value is None
    origin = get_origin(hint)
    if origin is Union or origin is UnionType:
        return any(check(value, member) for member in get_args(hint))
    if origin is None:
        if hint is float:
            return isinstance(value, (int, float))
        return isinstance(value, hint) if isinstance(hint, type) else True
    if not isinstance(origin, type):
        return True  # Literal, ClassVar, ... are not checked
    if not isinstance(value, origin):
        return False
    deep = DEEP.get(origin)
    return deep(value, get_args(hint)) if deep else True


def _show(hint):
    return getattr(hint, "__name__", None) if isinstance(hint, type) else str(hint)


def enforce_types(func):
    sig = signature(func)
    cache = {}

    @wraps(func)
    def wrapper(*args, **kwargs):
        if "hints" not in cache:
            cache["hints"] = get_type_hints(func)
        hints = cache["hints"]
        for name, value in sig.bind(*args, **kwargs).arguments.items():
            hint = hints.get(name, Any)
            kind = sig.parameters[name].kind
            values = value if kind == Parameter.VAR_POSITIONAL else (
                list(value.values()) if kind == Parameter.VAR_KEYWORD else [value])
            bad = [v for v in values if not check(v, hint)]
            if bad:
                raise TypeError("argument %r: expected %s, got %s" % (name, _show(hint), type(bad[0]).__name__))
        result = func(*args, **kwargs)
        if "return" in hints and not check(result, hints["return"]):
            raise TypeError("return value: expected %s, got %s" % (_show(hints["return"]), type(result).__name__))
        return result

    return wrapper
