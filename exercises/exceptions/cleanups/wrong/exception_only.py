"""Wrong: catches Exception instead of BaseException, so KeyboardInterrupt
or SystemExit escapes at once and the remaining cleanups never run."""


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
    except Exception as exc:
        pending = exc
    for cleanup in reversed(cleanups):
        try:
            cleanup()
        except Exception as exc:
            if pending is not None:
                _link(exc, pending)
            pending = exc
    if pending is not None:
        raise pending
    return result
