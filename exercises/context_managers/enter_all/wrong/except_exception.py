"""Wrong: hand-written unwinding that catches only Exception, so a
KeyboardInterrupt (or SystemExit) raised in the block skips every __exit__."""

import contextlib


def _unwind(entered, exc):
    """Exit the managers in reverse order; return the exception still in flight."""
    for manager in reversed(entered):
        try:
            if exc is None:
                manager.__exit__(None, None, None)
            elif manager.__exit__(type(exc), exc, exc.__traceback__):
                exc = None
        except BaseException as new:
            exc = new
    return exc


@contextlib.contextmanager
def enter_all(managers):
    entered = []
    values = []
    try:
        for manager in managers:
            values.append(manager.__enter__())
            entered.append(manager)
        yield values
    except Exception as error:
        left = _unwind(entered, error)
        if left is error:
            raise
        if left is not None:
            raise left
    else:
        left = _unwind(entered, None)
        if left is not None:
            raise left
