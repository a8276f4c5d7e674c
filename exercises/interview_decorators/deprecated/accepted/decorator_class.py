import functools
import warnings


class _Deprecator:
    """The real decorator, holding the arguments given to deprecated(...)."""

    def __init__(self, reason, since):
        self.reason = reason
        self.since = since

    def message_for(self, func):
        parts = [func.__qualname__, "() is deprecated"]
        if self.since is not None:
            parts += [" since ", self.since]
        if self.reason is not None:
            parts += [": ", self.reason]
        return "".join(parts)

    def __call__(self, func):
        message = self.message_for(func)

        def wrapper(*args, **kwargs):
            warnings.warn(message, category=DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)

        functools.update_wrapper(wrapper, func)
        wrapper.__deprecated__ = message
        return wrapper


def deprecated(reason=None, *, since=None):
    if callable(reason):
        return _Deprecator(None, since)(reason)
    for value in (reason, since):
        if not isinstance(value, (str, type(None))):
            raise TypeError("expected a str or None, got %r" % (value,))
    return _Deprecator(reason, since)
