"""Wrong: exits every manager in a finally with __exit__(None, None, None),
so the managers never see the exception and cannot suppress it."""

import contextlib


@contextlib.contextmanager
def enter_all(managers):
    entered = []
    values = []
    try:
        for manager in managers:
            values.append(manager.__enter__())
            entered.append(manager)
        yield values
    finally:
        for manager in reversed(entered):
            manager.__exit__(None, None, None)
