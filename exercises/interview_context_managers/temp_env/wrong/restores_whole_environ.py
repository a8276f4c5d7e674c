"""Wrong: snapshots the whole environment and restores all of it, undoing
changes the block made to variables it did not name."""

import contextlib
import os


@contextlib.contextmanager
def temp_env(**changes):
    """Set (str) or unset (None) environment variables for the with block."""
    for name, value in changes.items():
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name}: expected a str or None, got {type(value).__name__}")
    old = {name: os.environ.get(name) for name in changes}
    everything = dict(os.environ)
    try:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield dict(old)
    finally:
        os.environ.clear()
        os.environ.update(everything)
