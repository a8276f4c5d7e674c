"""Wrong: careful hand-written unwinding, but it exits the managers in the
order they were entered instead of the reverse order, so an outer resource
is released while an inner one (which may depend on it) is still open."""

import contextlib


def _unwind(entered, exc):
    """Exit the managers; return the exception still in flight."""
    for manager in entered:  # should be reversed(entered)
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
    except BaseException as error:
        left = _unwind(entered, error)
        if left is error:
            raise
        if left is not None:
            raise left
    else:
        left = _unwind(entered, None)
        if left is not None:
            raise left
