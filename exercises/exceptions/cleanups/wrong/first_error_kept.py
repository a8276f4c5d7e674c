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
            if pending is None:
                pending = exc
    if pending is not None:
        raise pending
    return result
