import functools
import inspect


class PermissionDenied(PermissionError):
    def __init__(self, user, role):
        super().__init__(f"{user.name} lacks role: {role}")
        self.user = user
        self.role = role


def requires(*roles):
    def decorator(func):
        sig = inspect.signature(func)
        if "user" not in sig.parameters:
            raise TypeError("no user parameter")

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()
            user = bound.arguments["user"]
            missing = set(roles) - set(user.roles)
            if missing:
                raise PermissionDenied(user, missing.pop())
            return func(*args, **kwargs)

        return wrapper

    return decorator
