def _chain(new, old):
    """new replaces old, as raising new in a finally block while old propagates."""
    if old is None or new is old:
        return
    members = {id(new)}
    tail = new
    while tail.__context__ is not None:
        nxt = tail.__context__
        if nxt is old:
            return                      # already in the chain: nothing to do
        if id(nxt) in members:          # defensive: a cycle
            break
        members.add(id(nxt))
        tail = nxt
    # cut a link of old's chain that would lead back into new's chain (no cycles)
    o = old
    seen = set()
    while o.__context__ is not None and id(o) not in seen:
        seen.add(id(o))
        if id(o.__context__) in members:
            o.__context__ = None
            break
        o = o.__context__
    tail.__context__ = old


def run_with_cleanups(body, cleanups):
    """Call body(), then every cleanup in reverse order, whatever happens."""
    exc = None
    result = None
    try:
        result = body()
    except BaseException as e:
        exc = e
    for cleanup in reversed(cleanups):
        try:
            cleanup()
        except BaseException as e:
            _chain(e, exc)
            exc = e
    if exc is not None:
        try:
            raise exc
        finally:
            exc = None
    return result
