"""Wrong: calls func(**bound.arguments) instead of func(*args, **kwargs). That
looks equivalent, but a **kwargs parameter then arrives as one keyword named
after it (and positional-only parameters break), so arguments are mangled."""

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
            for role in roles:
                if role not in user.roles:
                    raise PermissionDenied(user, role)
            return func(**bound.arguments)

        return wrapper

    return decorator
