def _append_context(new, old):
    node = new
    seen = {id(new)}
    while node.__context__ is not None:
        node = node.__context__
        if node is old:
            return
        if id(node) in seen:
            return
        seen.add(id(node))
    node.__context__ = old


def run_with_cleanups(body, cleanups):
    error = None
    result = None
    try:
        result = body()
    except BaseException as e:
        error = e
    for cleanup in reversed(cleanups):
        try:
            cleanup()
        except BaseException as e:
            if error is not None and e is not error:
                _append_context(e, error)
            elif error is None:
                e.__context__ = None
            error = e
    if error is not None:
        try:
            raise error
        finally:
            error = None
    return result
