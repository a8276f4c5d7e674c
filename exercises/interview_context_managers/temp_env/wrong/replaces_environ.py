"""Wrong: puts the saved copy back with `os.environ = saved`: os.environ
becomes a plain dict that child processes never see, and the block's
other changes are lost."""

import contextlib
import os


@contextlib.contextmanager
def temp_env(**changes):
    """Set (str) or unset (None) environment variables for the with block."""
    for name, value in changes.items():
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name}: expected a str or None, got {type(value).__name__}")
    old = {name: os.environ.get(name) for name in changes}
    saved = os.environ.copy()
    try:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield dict(old)
    finally:
        os.environ = saved
