"""Wrong: hand-written unwinding that stops at the first __exit__ that
raises, so the outer managers are never exited."""

import contextlib
import sys


@contextlib.contextmanager
def enter_all(managers):
    entered = []
    values = []
    try:
        for manager in managers:
            values.append(manager.__enter__())
            entered.append(manager)
        yield values
    except BaseException:
        exc_info = sys.exc_info()
        for manager in reversed(entered):
            if manager.__exit__(*exc_info):
                exc_info = (None, None, None)
        if exc_info[1] is not None:
            raise
    else:
        for manager in reversed(entered):
            manager.__exit__(None, None, None)
