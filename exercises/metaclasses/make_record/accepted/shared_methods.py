"""Accepted: module-level methods that read the field list and defaults
from class attributes, shared by every record class."""

import keyword

_NO_DEFAULT = object()


def _init(self, *args, **kwargs):
    cls = type(self)
    fields = cls._fields
    if len(args) > len(fields):
        raise TypeError("too many positional arguments")
    for key in kwargs:
        if key not in fields:
            raise TypeError(f"unexpected keyword {key}")
    for i, field in enumerate(fields):
        if i < len(args):
            if field in kwargs:
                raise TypeError(f"{field} given twice")
            value = args[i]
        elif field in kwargs:
            value = kwargs[field]
        else:
            value = cls._defaults.get(field, _NO_DEFAULT)
            if value is _NO_DEFAULT:
                raise TypeError(f"{cls.__name__}() missing argument {field!r}")
        setattr(self, field, value)


def _repr(self):
    parts = []
    for field in self._fields:
        parts.append(field + "=" + repr(getattr(self, field)))
    return type(self).__name__ + "(" + ", ".join(parts) + ")"


def _eq(self, other):
    if type(self) is not type(other):
        return NotImplemented
    return [getattr(self, f) for f in self._fields] == [getattr(other, f) for f in other._fields]


def make_record(name, fields, *, defaults=None):
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError("bad name")
    fields = list(fields)
    seen = set()
    for f in fields:
        if not isinstance(f, str) or not f.isidentifier() or keyword.iskeyword(f) or f[0] == "_":
            raise ValueError(f"bad field {f!r}")
        if f in seen:
            raise ValueError(f"duplicate field {f!r}")
        seen.add(f)
    if defaults is None:
        defaults = {}
    for key in defaults:
        if key not in seen:
            raise ValueError(f"default for unknown field {key!r}")
    return type(name, (), {
        "__slots__": tuple(fields),
        "_fields": tuple(fields),
        "_defaults": dict(defaults),
        "__init__": _init,
        "__repr__": _repr,
        "__eq__": _eq,
    })
