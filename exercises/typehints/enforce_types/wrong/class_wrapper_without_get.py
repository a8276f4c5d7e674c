# A learner's class-based wrapper without __get__: called through an instance,
# self is never bound, so it does not work on methods (learner simulation).
import functools
import inspect
import types
import typing

_NoneType = type(None)


def _check_union(value, args):
    return any(check(value, a) for a in args)

def _check_seq(value, args):
    return all(check(v, args[0]) for v in value)

def _check_dict(value, args):
    return all(check(k, args[0]) and check(v, args[1]) for k, v in value.items())

def _check_tuple(value, args):
    if len(args) == 2 and args[1] is ...:
        return all(check(v, args[0]) for v in value)
    return len(value) == len(args) and all(map(check, value, args))

_ITEM_CHECKERS = {list: _check_seq, set: _check_seq, frozenset: _check_seq,
                  dict: _check_dict, tuple: _check_tuple}
_UNIONS = {typing.Union}
if hasattr(types, "UnionType"):
    _UNIONS.add(types.UnionType)


def check(value, hint):
    if hint is typing.Any:
        return True
    if hint in (None, _NoneType):
        return value is None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in _UNIONS:
        return _check_union(value, args)
    if origin is None:
        if hint is float:
            return type(value) is float or isinstance(value, (int, float))
        return isinstance(value, hint) if isinstance(hint, type) else True
    if not isinstance(origin, type):
        return True
    if not isinstance(value, origin):
        return False
    checker = _ITEM_CHECKERS.get(origin)
    return checker(value, args) if (checker and args) else True


class enforce_types:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self._func = func
        self._hints = None
        self._sig = None


    def _fail(self, what, hint, value):
        raise TypeError("%s: expected %s, got %s" % (
            what, getattr(hint, "__name__", hint) if isinstance(hint, type) else hint,
            type(value).__name__))

    def __call__(self, *args, **kwargs):
        if self._hints is None:
            self._hints = typing.get_type_hints(self._func)
            self._sig = inspect.signature(self._func)
        hints = self._hints
        bound = self._sig.bind(*args, **kwargs)
        P = inspect.Parameter
        for name, value in bound.arguments.items():
            hint = hints.get(name, inspect.Parameter.empty)
            if hint is inspect.Parameter.empty:
                continue
            kind = self._sig.parameters[name].kind
            items = value if kind == P.VAR_POSITIONAL else (
                value.values() if kind == P.VAR_KEYWORD else (value,))
            for item in items:
                if not check(item, hint):
                    self._fail("argument '%s'" % name, hint, item)
        result = self._func(*args, **kwargs)
        if "return" in hints and not check(result, hints["return"]):
            self._fail("return value", hints["return"], result)
        return result
