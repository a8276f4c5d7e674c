"""Wrong: builds the message once per deprecated(...) call, with the first
function it decorates, so a reused decorator names that function every time."""

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

    built = []

    def decorator(func):
        if not built:
            text = f"{func.__qualname__}() is deprecated"
            if since is not None:
                text += f" since {since}"
            if reason is not None:
                text += f": {reason}"
            built.append(text)
        message = built[0]

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            # stacklevel=2: the warning points at the line that called us.
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)

        wrapper.__deprecated__ = message
        return wrapper

    return decorator
