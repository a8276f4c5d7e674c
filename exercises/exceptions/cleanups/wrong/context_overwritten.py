def run_with_cleanups(body, cleanups):
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
                exc.__context__ = pending
            pending = exc
    if pending is not None:
        raise pending
    return result
