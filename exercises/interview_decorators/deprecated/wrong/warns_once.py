"""Wrong: warns only on the first call; every call must warn (the warnings
filters decide what is shown, not the decorator)."""

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

        warned = []

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if not warned:
                warned.append(True)
                warnings.warn(message, DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)

        wrapper.__deprecated__ = message
        return wrapper

    return decorator
