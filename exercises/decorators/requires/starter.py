"""Permission-checking decorator: see `grader show decorators/requires`."""

import functools
import inspect


class PermissionDenied(PermissionError):
    """Raised when a user lacks a required role."""

    def __init__(self, user, role):
        raise NotImplementedError("write PermissionDenied.__init__()")


def requires(*roles):
    """Return a decorator that lets calls through only if `user` has every role."""
    raise NotImplementedError("write requires()")
