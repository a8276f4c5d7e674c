"""Wrong: checks each value while setting the variables, outside the
try, so the variables set before a bad value stay changed."""

import contextlib
import os


@contextlib.contextmanager
def temp_env(**changes):
    """Set (str) or unset (None) environment variables for the with block."""
    old = {name: os.environ.get(name) for name in changes}
    for name, value in changes.items():
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name}: expected a str or None, got {type(value).__name__}")
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    try:
        yield dict(old)
    finally:
        for name, value in old.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
