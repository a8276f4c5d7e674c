"""Wrong: validates by iterating `fields`, then builds the tuple from it
again. A generator is empty the second time, so the class has no fields."""

import keyword


def make_record(name, fields, *, defaults=None):
    defaults = defaults or {}
    if not name.isidentifier():
        raise ValueError(name)
    seen = []
    for f in fields:
        if not isinstance(f, str) or not f.isidentifier() or keyword.iskeyword(f) or f.startswith("_") or f in seen:
            raise ValueError(f)
        seen.append(f)
    if set(defaults) - set(seen):
        raise ValueError("defaults")
    fields = tuple(fields)

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
