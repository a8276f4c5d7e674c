"""Wrong: remembers the old values in one module-level dict shared by all
calls, so a nested temp_env overwrites what the outer one saved."""

import contextlib
import os

_saved = {}


@contextlib.contextmanager
def temp_env(**changes):
    for name, value in changes.items():
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name}: expected a str or None")
    old = {name: os.environ.get(name) for name in changes}
    _saved.update(old)
    try:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield dict(old)
    finally:
        for name in changes:
            value = _saved.get(name)
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
