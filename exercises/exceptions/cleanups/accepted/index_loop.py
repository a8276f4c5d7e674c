_NOTHING = object()


def _last_in_context_chain(exc, stop):
    visited = {id(exc)}
    while exc.__context__ is not None:
        nxt = exc.__context__
        if nxt is stop:
            return None
        if id(nxt) in visited:
            return None
        visited.add(id(nxt))
        exc = nxt
    return exc


def run_with_cleanups(body, cleanups):
    error = None
    outcome = _NOTHING
    try:
        outcome = body()
    except BaseException as e:
        error = e
    i = len(cleanups) - 1
    while i >= 0:
        try:
            cleanups[i]()
        except BaseException as e:
            if error is not None and e is not error:
                tail = _last_in_context_chain(e, error)
                if tail is not None:
                    tail.__context__ = error
            error = e
        i -= 1
    if error is not None:
        raise error
    return outcome
