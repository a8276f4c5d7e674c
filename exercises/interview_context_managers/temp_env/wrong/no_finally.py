"""Wrong: restores after the yield without try/finally; when the block raises,
the exception is thrown in at the yield and the restoring code never runs."""

import contextlib
import os


@contextlib.contextmanager
def temp_env(**changes):
    """Set (str) or unset (None) environment variables for the with block."""
    for name, value in changes.items():
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name}: expected a str or None, got {type(value).__name__}")
    old = {name: os.environ.get(name) for name in changes}
    if True:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield dict(old)
        for name, value in old.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
