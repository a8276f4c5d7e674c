def _chain_onto(new, replaced):
    """Put `replaced` at the end of new's __context__ chain (no cycles)."""
    seen = set()
    last = new
    while True:
        if last is replaced:
            return
        seen.add(id(last))
        nxt = last.__context__
        if nxt is None or id(nxt) in seen:
            break
        last = nxt
    if nxt is None:
        last.__context__ = replaced


def run_with_cleanups(body, cleanups):
    """Call body(), then every cleanup in reverse order, whatever happens."""
    pending = None
    result = None
    try:
        result = body()
    except BaseException as exc:
        pending = exc
    for cleanup in reversed(cleanups):
        try:
            cleanup()
        except BaseException as exc:
            if pending is not None and exc is not pending:
                _chain_onto(exc, pending)
            pending = exc
    if pending is not None:
        try:
            raise pending
        finally:
            pending = None
    return result
