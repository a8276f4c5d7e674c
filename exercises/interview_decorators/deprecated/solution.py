"""Reference solution for interview_decorators/deprecated."""

import functools
import warnings


def deprecated(reason=None, *, since=None):
    """Mark a function as deprecated: @deprecated, @deprecated(), @deprecated("why", since="2.0")."""
    if callable(reason):
        # Used bare, as @deprecated: the "reason" is the function itself.
        return deprecated(since=since)(reason)
    if reason is not None and not isinstance(reason, str):
        raise TypeError("reason must be a str or None")
    if since is not None and not isinstance(since, str):
        raise TypeError("since must be a str or None")

    def decorator(func):
        message = f"{func.__qualname__}() is deprecated"
        if since is not None:
            message += f" since {since}"
        if reason is not None:
            message += f": {reason}"

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            # stacklevel=2: the warning points at the line that called us.
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)

        wrapper.__deprecated__ = message
        return wrapper

    return decorator
