"""Wrong: computes the missing roles as a set difference and reports the
alphabetically first one, not the first in the order given to requires()."""

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
            missing = set(roles) - set(user.roles)
            if missing:
                raise PermissionDenied(user, sorted(missing)[0])
            return func(*args, **kwargs)

        return wrapper

    return decorator
