"""Wrong: converts every value with str() instead of refusing values that
are not str or None."""

import contextlib
import os


@contextlib.contextmanager
def temp_env(**changes):
    """Set (str) or unset (None) environment variables for the with block."""
    changes = {n: (v if v is None else str(v)) for n, v in changes.items()}
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
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
