"""Wrong: checks the items of lists only, not of sets and frozensets."""
import functools
import inspect
import types
import typing

_UNION_TYPES = (typing.Union,) + ((types.UnionType,) if hasattr(types, "UnionType") else ())


def _matches(value, hint):
    if hint is typing.Any:
        return True
    if hint is None or hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, (float, int))
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in _UNION_TYPES:
        return any(_matches(value, a) for a in args)
    if origin is None:
        if isinstance(hint, type):
            return isinstance(value, hint)
        return True
    if not isinstance(origin, type):
        return True
    if not isinstance(value, origin):
        return False
    if not args:
        return True
    if origin is list:
        return all(_matches(v, args[0]) for v in value)
    if origin is dict:
        return all(_matches(k, args[0]) and _matches(v, args[1]) for k, v in value.items())
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_matches(v, args[0]) for v in value)
        if args == ((),):
            return len(value) == 0
        return len(value) == len(args) and all(_matches(v, a) for v, a in zip(value, args))
    return True


def _name(hint):
    return hint.__name__ if isinstance(hint, type) else repr(hint)


def enforce_types(func):
    sig = inspect.signature(func)
    hints = None

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        nonlocal hints
        if hints is None:
            hints = typing.get_type_hints(func)
        bound = sig.bind(*args, **kwargs)
        for name, value in bound.arguments.items():
            if name not in hints:
                continue
            kind = sig.parameters[name].kind
            if kind is inspect.Parameter.VAR_POSITIONAL:
                items = value
            elif kind is inspect.Parameter.VAR_KEYWORD:
                items = value.values()
            else:
                items = (value,)
            for item in items:
                if not _matches(item, hints[name]):
                    raise TypeError(
                        f"argument {name!r}: expected {_name(hints[name])}, got {type(item).__name__}")
        result = func(*args, **kwargs)
        if "return" in hints and not _matches(result, hints["return"]):
            raise TypeError(
                f"return value: expected {_name(hints['return'])}, got {type(result).__name__}")
        return result

    return wrapper
