"""Wrong: lets the call through when the user has ANY of the roles, instead of
requiring every one of them (and, with no roles at all, any() is False, so
requires() denies everyone and roles[0] fails)."""

import functools
import inspect


class PermissionDenied(PermissionError):
    def __init__(self, user, role):
        super().__init__("%s lacks role: %s" % (user.name, role))
        self.user = user
        self.role = role


def requires(*roles):
    def decorator(func):
        signature = inspect.signature(func)
        if "user" not in signature.parameters:
            raise TypeError("no 'user' parameter")

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            user = bound.arguments["user"]
            if not any(role in user.roles for role in roles):
                raise PermissionDenied(user, roles[0])
            return func(*args, **kwargs)

        return wrapper

    return decorator
