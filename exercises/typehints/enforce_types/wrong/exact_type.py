"""Wrong: compares type(value) is C, so bool is rejected for int and subclasses for their base class."""

import functools
import inspect
import types
from typing import Any, Union, get_args, get_origin, get_type_hints

# typing.Union[int, str], and on Python 3.10+ also int | str (types.UnionType).
_UNIONS = (Union,) + ((types.UnionType,) if hasattr(types, "UnionType") else ())


def check(value, hint) -> bool:
    """Return True when value matches the type hint."""
    if hint is Any:
        return True
    if hint is None or hint is type(None):
        return value is None
    origin = get_origin(hint)
    if origin is None:
        if hint is float:
            return type(value) in (int, float)
        if isinstance(hint, type):
            return type(value) is hint
        return True  # a TypeVar, a NewType, ...: not checked
    args = get_args(hint)
    if origin in _UNIONS:
        return any(check(value, arg) for arg in args)
    if not isinstance(origin, type):
        return True  # Literal[...], ClassVar[...], ...: not checked
    if not isinstance(value, origin):
        return False
    if not args:
        return True
    if origin in (list, set, frozenset):
        return all(check(item, args[0]) for item in value)
    if origin is dict:
        return all(check(k, args[0]) and check(v, args[1]) for k, v in value.items())
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return all(check(item, args[0]) for item in value)
        return len(value) == len(args) and all(check(v, a) for v, a in zip(value, args))
    return True  # Iterable[int], Callable[[int], str], ...: the origin is enough


def _describe(hint) -> str:
    if isinstance(hint, type) and get_origin(hint) is None:
        return hint.__name__
    return repr(hint)


def enforce_types(func):
    """Check the arguments and the return value of every call against func's hints."""
    signature = inspect.signature(func)
    hints = None

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        nonlocal hints
        if hints is None:  # resolved at the first call, so forward references work
            hints = get_type_hints(func)
        bound = signature.bind(*args, **kwargs)
        for name, value in bound.arguments.items():
            if name not in hints:
                continue
            kind = signature.parameters[name].kind
            if kind is inspect.Parameter.VAR_POSITIONAL:
                values = value
            elif kind is inspect.Parameter.VAR_KEYWORD:
                values = value.values()
            else:
                values = (value,)
            for item in values:
                if not check(item, hints[name]):
                    raise TypeError(
                        f"argument {name!r}: expected {_describe(hints[name])}, "
                        f"got {type(item).__name__}"
                    )
        result = func(*args, **kwargs)
        if "return" in hints and not check(result, hints["return"]):
            raise TypeError(
                f"return value: expected {_describe(hints['return'])}, "
                f"got {type(result).__name__}"
            )
        return result

    return wrapper
