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
            user = bound.arguments.get("user", sig.parameters["user"].default)
            for role in roles:
                if role not in user.roles:
                    raise PermissionDenied(user, role)
            return func(*bound.args, **bound.kwargs)

        return wrapper

    return decorator
