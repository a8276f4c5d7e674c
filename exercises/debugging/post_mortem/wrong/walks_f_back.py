"""Wrong: walks to the innermost frame, then up the call stack with f_back:
that also reports the callers of the frame that caught the exception,
which are not in its traceback."""

LIMIT = 40


def short_repr(value):
    """repr(value), at most LIMIT characters; a repr that raises is reported."""
    try:
        text = repr(value)
    except Exception:
        return "<repr failed>"
    if len(text) > LIMIT:
        return text[: LIMIT - 3] + "..."
    return text


def frame_report(exc):
    """Return one dict per traceback entry of exc, outermost first."""
    report = []
    tb = exc.__traceback__
    if tb is None:
        return []
    while tb.tb_next is not None:
        tb = tb.tb_next
    frame = tb.tb_frame
    while frame is not None:
        report.append(
            {
                "function": frame.f_code.co_name,
                "line": frame.f_lineno,
                "locals": {
                    name: short_repr(value)
                    for name, value in frame.f_locals.items()
                    if not name.startswith("_")
                },
            }
        )
        frame = frame.f_back
    report.reverse()
    return report
