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
        names = list(sig.parameters)
        if "user" not in names:
            raise TypeError("no user parameter")
        pos = names.index("user")

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if "user" in kwargs:
                user = kwargs["user"]
            elif len(args) > pos:
                user = args[pos]
            else:
                user = sig.parameters["user"].default
            for role in roles:
                if role not in user.roles:
                    raise PermissionDenied(user, role)
            return func(*args, **kwargs)

        return wrapper

    return decorator
