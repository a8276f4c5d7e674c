"""Wrong: binds the call without apply_defaults(), so a user left to its default
value is not in bound.arguments (KeyError)."""

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
            user = signature.bind(*args, **kwargs).arguments["user"]
            for role in roles:
                if role not in user.roles:
                    raise PermissionDenied(user, role)
            return func(*args, **kwargs)

        return wrapper

    return decorator
