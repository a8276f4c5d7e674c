"""Accepted: the wrapper is an instance of a class, with __get__ so it binds as a method."""
from functools import update_wrapper
from inspect import signature


class PermissionDenied(PermissionError):
    """Raised when a user lacks a required role."""

    def __init__(self, user, role):
        self.user = user
        self.role = role
        PermissionError.__init__(self, "%s lacks role: %s" % (user.name, role))

    def __str__(self):
        return "%s lacks role: %s" % (self.user.name, self.role)


class _Guard:
    def __init__(self, func, roles):
        if "user" not in signature(func).parameters:
            raise TypeError("no 'user' parameter")
        update_wrapper(self, func)
        self._func = func
        self._roles = roles

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        from types import MethodType
        return MethodType(self, obj)

    def __call__(self, *args, **kwargs):
        ba = signature(self._func).bind(*args, **kwargs)
        ba.apply_defaults()
        user = ba.arguments["user"]
        missing = next((r for r in self._roles if not (r in user.roles)), _NONE)
        if missing is not _NONE:
            raise PermissionDenied(user, missing)
        return self._func(*args, **kwargs)


_NONE = object()


def requires(*roles):
    """Return a decorator that lets calls through only if `user` has every role."""
    return lambda func: _Guard(func, roles)
