import functools
import inspect


class PermissionDenied(PermissionError):
    def __init__(self, user, role):
        super().__init__(f"{user.name} lacks role: {role}")
        self.user = user
        self.role = role


def requires(*roles):
    def decorator(func):
        if "user" not in inspect.signature(func).parameters:
            raise TypeError("no user parameter")

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            user = kwargs["user"] if "user" in kwargs else args[0]
            for role in roles:
                if role not in user.roles:
                    raise PermissionDenied(user, role)
            return func(*args, **kwargs)

        return wrapper

    return decorator
