def _show(value):
    try:
        text = repr(value)
    except Exception:
        return "<repr failed>"
    if len(text) > 40:
        text = text[:37] + "..."
    return text


def frame_report(exc):
    import sys
    report = []
    tb = sys.exc_info()[2] or exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        report.append({
            "function": frame.f_code.co_name,
            "line": tb.tb_lineno,
            "locals": {k: _show(v) for k, v in frame.f_locals.items() if not k.startswith("_")},
        })
        tb = tb.tb_next
    return report
