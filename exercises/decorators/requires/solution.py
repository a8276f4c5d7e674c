"""Reference solution for decorators/requires."""

import functools
import inspect


class PermissionDenied(PermissionError):
    """Raised when a user lacks a required role."""

    def __init__(self, user, role):
        super().__init__("%s lacks role: %s" % (user.name, role))
        self.user = user
        self.role = role


def requires(*roles):
    """Return a decorator that lets calls through only if `user` has every role."""

    def decorator(func):
        signature = inspect.signature(func)
        if "user" not in signature.parameters:
            name = getattr(func, "__qualname__", repr(func))
            raise TypeError("%s has no 'user' parameter" % name)

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            user = bound.arguments["user"]
            for role in roles:
                if role not in user.roles:
                    raise PermissionDenied(user, role)
            return func(*args, **kwargs)

        return wrapper

    return decorator
