# Accepted: written by the blind learner simulation (issue 13) from the statement alone.
"""Run-time enforcement of type hints, with a small table of checkers."""
import collections.abc
import functools
import inspect
import typing


class _Checker:
    def __init__(self):
        self.by_origin = {
            list: self._homogeneous,
            set: self._homogeneous,
            frozenset: self._homogeneous,
            dict: self._mapping,
            tuple: self._tuple,
        }

    def check(self, value, hint):
        if hint is typing.Any:
            return True
        if hint is None:
            hint = type(None)
        origin = typing.get_origin(hint)
        if origin is None:
            if not isinstance(hint, type):
                return True
            if hint is float:
                return isinstance(value, (int, float))
            return isinstance(value, hint)
        args = typing.get_args(hint)
        if origin is typing.Union or type(hint).__name__ == "UnionType":
            return any(self.check(value, member) for member in args)
        if not isinstance(origin, type):
            return True
        if not isinstance(value, origin):
            return False
        special = self.by_origin.get(origin)
        if special is None or not args:
            return True
        return special(value, args)

    def _homogeneous(self, value, args):
        return all(self.check(item, args[0]) for item in value)

    def _mapping(self, value, args):
        key_hint, value_hint = args
        for k, v in value.items():
            if not (self.check(k, key_hint) and self.check(v, value_hint)):
                return False
        return True

    def _tuple(self, value, args):
        if len(args) == 2 and args[1] is ...:
            return self._homogeneous(value, args[:1])
        if args == ((),):
            args = ()
        if len(value) != len(args):
            return False
        return all(self.check(v, h) for v, h in zip(value, args))


_checker = _Checker()


def _describe(hint):
    if isinstance(hint, type) and typing.get_origin(hint) is None:
        return hint.__qualname__
    return repr(hint)


def enforce_types(func):
    signature = inspect.signature(func)
    resolved = None

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        nonlocal resolved
        if resolved is None:
            resolved = typing.get_type_hints(func)
        bound = signature.bind(*args, **kwargs)
        for name, passed in bound.arguments.items():
            hint = resolved.get(name, inspect.Parameter.empty)
            if hint is inspect.Parameter.empty:
                continue
            kind = signature.parameters[name].kind
            if kind == inspect.Parameter.VAR_POSITIONAL:
                to_check = passed
            elif kind == inspect.Parameter.VAR_KEYWORD:
                to_check = tuple(passed.values())
            else:
                to_check = (passed,)
            for item in to_check:
                if not _checker.check(item, hint):
                    raise TypeError("argument %r: expected %s, got %s"
                                    % (name, _describe(hint), type(item).__name__))
        result = func(*args, **kwargs)
        if "return" in resolved and not _checker.check(result, resolved["return"]):
            raise TypeError("return value: expected %s, got %s"
                            % (_describe(resolved["return"]), type(result).__name__))
        return result

    return wrapper
