"""Wrong: remembers only the latest exception and never links it to the one
it replaced, so the body's error disappears from the traceback."""


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
            pending = exc
    if pending is not None:
        raise pending
    return result
