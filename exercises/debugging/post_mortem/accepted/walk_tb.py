import traceback


def _show(value):
    try:
        text = repr(value)
    except Exception:
        return "<repr failed>"
    return text if len(text) <= 40 else text[:37] + "..."


def frame_report(exc):
    entries = []
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        shown = {}
        for name in frame.f_locals:
            if name[:1] != "_":
                shown[name] = _show(frame.f_locals[name])
        entries.append({"function": frame.f_code.co_name, "line": lineno, "locals": shown})
    return entries
