"""Wrong: forgets functools.wraps. The metadata is lost, and since the wrapper's
signature is (*args, **kwargs), a second requires() stacked on top finds no
`user` parameter."""

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
