import functools, inspect
class PermissionDenied(PermissionError):
    def __init__(self, user, role):
        super().__init__(f"{user.name} lacks role: {role}")
        self.user = user
        self.role = role
def requires(*roles):
    def decorator(func):
        sig = inspect.signature(func)
        if "user" not in sig.parameters:
            raise TypeError(f"{func.__name__} has no 'user' parameter")
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()
            user = bound.arguments["user"]
            have = set(user.roles)
            for role in roles:
                if role not in have:
                    raise PermissionDenied(user, role)
            return func(*args, **kwargs)
        return wrapper
    return decorator
