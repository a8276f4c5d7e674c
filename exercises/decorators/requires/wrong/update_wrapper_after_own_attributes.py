"""Wrong: a class wrapper sets its _roles before functools.update_wrapper(self, func), which copies the inner wrapper's __dict__ over them: stacked, the outer decorator checks the inner one's roles."""
import functools
import inspect
import types


class PermissionDenied(PermissionError):
    """Raised when a user lacks a required role."""

    def __init__(self, user, role):
        self.user = user
        self.role = role
        PermissionError.__init__(self, "%s lacks role: %s" % (user.name, role))

    def __str__(self):
        return "%s lacks role: %s" % (self.user.name, self.role)


class _Guarded:
    def __init__(self, func, roles):
        self._func = func
        self._roles = roles
        functools.update_wrapper(self, func)

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return types.MethodType(self, instance)

    def __call__(self, *args, **kwargs):
        bound = inspect.signature(self._func).bind(*args, **kwargs)
        bound.apply_defaults()
        user = bound.arguments["user"]
        for role in self._roles:
            if not (role in user.roles):
                raise PermissionDenied(user, role)
        return self._func(*args, **kwargs)


def requires(*roles):
    def decorate(func):
        if "user" not in inspect.signature(func).parameters:
            raise TypeError("requires: the function needs a 'user' parameter")
        return _Guarded(func, roles)
    return decorate
