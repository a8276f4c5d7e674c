from functools import wraps
from warnings import warn


def deprecated(reason=None, *, since=None):
    func = None
    if callable(reason):
        func, reason = reason, None
    if not (reason is None or type(reason) is str) or not (since is None or isinstance(since, str)):
        raise TypeError("reason and since must be strings")

    def decorate(f):
        msg = "%s() is deprecated" % f.__qualname__
        msg += "" if since is None else " since %s" % since
        msg += "" if reason is None else ": %s" % reason

        @wraps(f)
        def inner(*args, **kwargs):
            warn(msg, DeprecationWarning, 2)
            return f(*args, **kwargs)

        inner.__deprecated__ = msg
        return inner

    return decorate if func is None else decorate(func)
