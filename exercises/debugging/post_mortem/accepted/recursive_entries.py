def entry(tb):
    values = {}
    for name, value in tb.tb_frame.f_locals.items():
        if name.startswith("_"):
            continue
        try:
            text = repr(value)
        except BaseException:
            text = "<repr failed>"
        if len(text) > 40:
            text = text[:37] + "..."
        values[name] = text
    return dict(function=tb.tb_frame.f_code.co_name, line=tb.tb_lineno, locals=values)


def entries(tb):
    if tb is None:
        return []
    return [entry(tb)] + entries(tb.tb_next)


def frame_report(exc):
    return entries(exc.__traceback__)
