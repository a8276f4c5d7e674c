"""Wrong: uses a `with` statement inside the loop, so each manager is exited
as soon as its loop iteration ends, before the caller's block even starts."""

import contextlib


@contextlib.contextmanager
def enter_all(managers):
    values = []
    for manager in managers:
        with manager as value:
            values.append(value)
    yield values
