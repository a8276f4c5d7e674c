"""Reference solution for exceptions/cleanups."""


def _link(new, old):
    """Record old as the exception new replaced, as a finally block would.

    old goes at the end of new's own context chain, unless it is already
    in that chain (which covers new being old itself).
    """
    exc = new
    seen = set()
    while exc is not old:
        seen.add(id(exc))
        context = exc.__context__
        if context is None or id(context) in seen:
            exc.__context__ = old
            return
        exc = context


def run_with_cleanups(body, cleanups):
    """Call body(), then every cleanup in reverse order, whatever happens."""
    pending = None  # the exception currently propagating, if any
    result = None
    try:
        result = body()
    except BaseException as exc:
        pending = exc
    for cleanup in reversed(cleanups):
        try:
            cleanup()
        except BaseException as exc:
            if pending is not None:
                _link(exc, pending)
            pending = exc
    if pending is not None:
        try:
            raise pending
        finally:
            pending = None  # break the frame <-> traceback reference cycle
    return result
