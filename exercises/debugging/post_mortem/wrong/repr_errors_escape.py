"""Wrong: lets an exception raised by a value's repr escape frame_report."""

LIMIT = 40


def short_repr(value):
    """repr(value), at most LIMIT characters; a repr that raises is reported."""
    text = repr(value)
    if len(text) > LIMIT:
        return text[: LIMIT - 3] + "..."
    return text


def frame_report(exc):
    """Return one dict per traceback entry of exc, outermost first."""
    report = []
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        report.append(
            {
                "function": frame.f_code.co_name,
                "line": tb.tb_lineno,
                "locals": {
                    name: short_repr(value)
                    for name, value in frame.f_locals.items()
                    if not name.startswith("_")
                },
            }
        )
        tb = tb.tb_next
    return report
