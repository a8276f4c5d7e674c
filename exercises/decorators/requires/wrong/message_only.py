"""Wrong: PermissionDenied is built from the message alone, so it has no `user`
or `role` attribute and cannot be constructed as PermissionDenied(user, role)."""

import functools
import inspect


class PermissionDenied(PermissionError):
    pass


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
                    raise PermissionDenied("%s lacks role: %s" % (user.name, role))
            return func(*args, **kwargs)

        return wrapper

    return decorator
