"""Wrong: checks fields with str.isidentifier() only, so a keyword such as
'class' or a private '_x' is accepted, and unknown defaults are ignored."""


def make_record(name, fields, *, defaults=None):
    fields = tuple(fields)
    defaults = defaults or {}
    if not name.isidentifier():
        raise ValueError(name)
    for f in fields:
        if not isinstance(f, str) or not f.isidentifier() or fields.count(f) > 1:
            raise ValueError(f)

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError("too many")
        for k in kwargs:
            if k not in fields or k in fields[: len(args)]:
                raise TypeError(k)
        for i, f in enumerate(fields):
            if i < len(args):
                setattr(self, f, args[i])
            elif f in kwargs:
                setattr(self, f, kwargs[f])
            elif f in defaults:
                setattr(self, f, defaults[f])
            else:
                raise TypeError(f"{name}() missing argument {f!r}")

    def __repr__(self):
        return f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    return type(name, (), {"__slots__": fields, "_fields": fields, "__init__": __init__,
                           "__repr__": __repr__, "__eq__": __eq__})
