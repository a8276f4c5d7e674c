from functools import wraps
from inspect import signature


class PermissionDenied(PermissionError):
    def __init__(self, user, role):
        self.user = user
        self.role = role
        super().__init__(user, role)

    def __str__(self):
        return "%s lacks role: %s" % (self.user.name, self.role)


class requires:
    def __init__(self, *roles):
        self.roles = roles

    def __call__(self, func):
        if "user" not in signature(func).parameters:
            raise TypeError("requires() needs a function with a 'user' parameter")
        roles = self.roles

        @wraps(func)
        def wrapper(*args, **kwargs):
            ba = signature(func).bind(*args, **kwargs)
            ba.apply_defaults()
            user = ba.arguments["user"]
            missing = next((r for r in roles if r not in user.roles), None)
            if missing is not None:
                raise PermissionDenied(user, missing)
            return func(*args, **kwargs)

        return wrapper
