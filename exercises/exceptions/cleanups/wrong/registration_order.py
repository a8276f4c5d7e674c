"""Wrong: runs the cleanups in the order they were registered (first in,
first out) instead of newest first."""


def _link(new, old):
    exc = new
    seen = set()
    while exc is not old:
        seen.add(id(exc))
        if exc.__context__ is None or id(exc.__context__) in seen:
            exc.__context__ = old
            return
        exc = exc.__context__


def run_with_cleanups(body, cleanups):
    pending = None
    result = None
    try:
        result = body()
    except BaseException as exc:
        pending = exc
    for cleanup in cleanups:
        try:
            cleanup()
        except BaseException as exc:
            if pending is not None:
                _link(exc, pending)
            pending = exc
    if pending is not None:
        raise pending
    return result
