import contextlib
import os

_UNSET = object()


@contextlib.contextmanager
def temp_env(**changes):
    for value in changes.values():
        if not isinstance(value, (str, type(None))):
            raise TypeError("environment values are str or None")
    saved = {}
    for name in changes:
        saved[name] = os.environ[name] if name in os.environ else _UNSET
    for name, value in changes.items():
        if value is None:
            if name in os.environ:
                del os.environ[name]
        else:
            os.environ[name] = value
    try:
        yield {name: (None if v is _UNSET else v) for name, v in saved.items()}
    finally:
        for name, value in saved.items():
            if value is _UNSET:
                if name in os.environ:
                    del os.environ[name]
            else:
                os.environ[name] = value
