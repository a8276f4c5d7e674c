"""Wrong: fills positionals, then lets keywords overwrite them silently, so
Point(1, x=2) is accepted instead of raising TypeError."""

import keyword


def make_record(name, fields, *, defaults=None):
    fields = tuple(fields)
    defaults = defaults or {}
    if not name.isidentifier():
        raise ValueError(name)
    for f in fields:
        if not isinstance(f, str) or not f.isidentifier() or keyword.iskeyword(f) or f.startswith("_") or fields.count(f) > 1:
            raise ValueError(f)
    if set(defaults) - set(fields):
        raise ValueError("defaults")

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError("too many")
        values = dict(defaults)
        values.update(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(k)
            values[k] = v
        for f in fields:
            if f not in values:
                raise TypeError(f"{name}() missing argument {f!r}")
            setattr(self, f, values[f])

    def __repr__(self):
        return f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    return type(name, (), {"__slots__": fields, "_fields": fields, "__init__": __init__,
                           "__repr__": __repr__, "__eq__": __eq__})
