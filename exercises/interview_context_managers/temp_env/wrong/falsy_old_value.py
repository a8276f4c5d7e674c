"""Wrong: tests `if value:` when restoring, so a variable that was set to
the empty string is removed instead of put back."""

import contextlib
import os


@contextlib.contextmanager
def temp_env(**changes):
    """Set (str) or unset (None) environment variables for the with block."""
    for name, value in changes.items():
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name}: expected a str or None, got {type(value).__name__}")
    old = {name: os.environ.get(name) for name in changes}
    try:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield dict(old)
    finally:
        for name, value in old.items():
            if not value:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
