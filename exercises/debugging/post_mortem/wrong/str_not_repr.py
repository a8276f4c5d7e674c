"""Wrong: renders values with str(): a string loses its quotes."""

LIMIT = 40


def short_repr(value):
    """repr(value), at most LIMIT characters; a repr that raises is reported."""
    try:
        text = str(value)
    except Exception:
        return "<repr failed>"
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
