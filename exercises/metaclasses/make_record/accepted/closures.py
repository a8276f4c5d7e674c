"""Methods are closures over name, fields and defaults, built inside make_record."""
import keyword


def make_record(name, fields, *, defaults=None):
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError(f"bad name {name!r}")
    fields = tuple(fields)
    seen = set()
    for f in fields:
        if not isinstance(f, str) or not f.isidentifier() or keyword.iskeyword(f) or f.startswith("_"):
            raise ValueError(f"bad field {f!r}")
        if f in seen:
            raise ValueError(f"duplicate field {f!r}")
        seen.add(f)
    defaults = dict(defaults or {})
    for k in defaults:
        if k not in seen:
            raise ValueError(f"unknown default {k!r}")

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{name}() takes {len(fields)} arguments")
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in seen:
                raise TypeError(f"{name}() got unknown argument {k!r}")
            if k in values:
                raise TypeError(f"{name}() got {k!r} twice")
            values[k] = v
        for f in fields:
            if f in values:
                setattr(self, f, values[f])
            elif f in defaults:
                setattr(self, f, defaults[f])
            else:
                raise TypeError(f"{name}() missing argument {f!r}")

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{name}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    ns = {
        "__slots__": fields,
        "_fields": fields,
        "__init__": __init__,
        "__repr__": __repr__,
        "__eq__": __eq__,
        "__qualname__": name,
    }
    return type(name, (), ns)
