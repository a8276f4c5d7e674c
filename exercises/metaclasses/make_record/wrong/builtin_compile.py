# Uses the built-in compile (to check a field name's syntax), which the statement forbids.
"""Reference solution: the namespace is a plain dict of closures, and the
class comes from one call to type()."""

import keyword

_PROBE = compile("0", "<record>", "eval")


def _check_name(what, value):
    if not isinstance(value, str) or not value.isidentifier():
        raise ValueError(f"{what} must be an identifier, got {value!r}")


def make_record(name, fields, *, defaults=None):
    """Return a new record class built with type(name, (), namespace)."""
    _check_name("name", name)
    fields = tuple(fields)  # may be a one-shot iterator
    for field in fields:
        _check_name("field", field)
        if keyword.iskeyword(field) or field.startswith("_"):
            raise ValueError(f"field {field!r} is a keyword or starts with '_'")
    if len(set(fields)) != len(fields):
        raise ValueError(f"duplicate field in {fields!r}")
    defaults = dict(defaults or {})
    unknown = set(defaults) - set(fields)
    if unknown:
        raise ValueError(f"defaults for unknown fields: {sorted(unknown)!r}")

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{name}() takes {len(fields)} arguments, got {len(args)}")
        values = dict(zip(fields, args))
        for key, value in kwargs.items():
            if key not in fields:
                raise TypeError(f"{name}() got an unknown argument {key!r}")
            if key in values:
                raise TypeError(f"{name}() got two values for {key!r}")
            values[key] = value
        for field in fields:
            if field in values:
                setattr(self, field, values[field])
            elif field in defaults:
                setattr(self, field, defaults[field])
            else:
                raise TypeError(f"{name}() missing argument {field!r}")

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{name}({inner})"

    def __eq__(self, other):
        if type(other) is type(self):
            return all(getattr(self, f) == getattr(other, f) for f in fields)
        return NotImplemented  # Python then tries other.__eq__, then identity

    namespace = {
        "__slots__": fields,
        "_fields": fields,
        "__init__": __init__,
        "__repr__": __repr__,
        "__eq__": __eq__,
    }
    return type(name, (), namespace)
