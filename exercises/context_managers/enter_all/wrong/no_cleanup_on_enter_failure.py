"""Wrong: enters the managers in a loop *before* the try/finally, so when one
fails to enter, the managers already entered are never exited."""

import contextlib
import sys


@contextlib.contextmanager
def enter_all(managers):
    entered = []
    values = []
    for manager in managers:
        values.append(manager.__enter__())
        entered.append(manager)
    try:
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
