"""Wrong: assumes the user is the `user` keyword argument or else the first
positional argument, instead of binding the call to the signature. Users in
other positions, in methods (after self) or from a default are missed."""

import functools


class PermissionDenied(PermissionError):
    def __init__(self, user, role):
        super().__init__("%s lacks role: %s" % (user.name, role))
        self.user = user
        self.role = role


def requires(*roles):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            user = kwargs["user"] if "user" in kwargs else args[0]
            for role in roles:
                if role not in user.roles:
                    raise PermissionDenied(user, role)
            return func(*args, **kwargs)

        return wrapper

    return decorator
