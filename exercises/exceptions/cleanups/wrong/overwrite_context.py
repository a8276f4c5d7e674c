"""Wrong: links a cleanup's exception with `exc.__context__ = pending`,
overwriting the context the exception already had (the exception the
cleanup was handling is lost) and making an exception its own context when
a cleanup re-raises the propagating one."""


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
            if pending is not None:
                exc.__context__ = pending
            pending = exc
    if pending is not None:
        raise pending
    return result
