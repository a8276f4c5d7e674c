"""Methods defined once at module level; they read _fields and _defaults from the class."""
from keyword import iskeyword

_NO = object()


def _init(self, *args, **kwargs):
    cls = type(self)
    fields = cls._fields
    if len(args) > len(fields):
        raise TypeError("too many positional arguments")
    for key in kwargs:
        if key not in fields:
            raise TypeError(f"unexpected keyword {key!r}")
    for i, field in enumerate(fields):
        if i < len(args):
            if field in kwargs:
                raise TypeError(f"{field!r} given twice")
            value = args[i]
        else:
            value = kwargs.get(field, _NO)
            if value is _NO:
                value = cls._defaults.get(field, _NO)
            if value is _NO:
                raise TypeError(f"{cls.__name__}() missing argument {field!r}")
        object.__setattr__(self, field, value)


def _repr(self):
    parts = []
    for field in type(self)._fields:
        parts.append("%s=%r" % (field, getattr(self, field)))
    return type(self).__name__ + "(" + ", ".join(parts) + ")"


def _eq(self, other):
    if type(self) is type(other):
        return tuple(getattr(self, f) for f in self._fields) == tuple(getattr(other, f) for f in other._fields)
    return NotImplemented


def make_record(name, fields, *, defaults=None):
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError("name must be an identifier")
    names = []
    for field in fields:
        if not isinstance(field, str) or not field.isidentifier() or iskeyword(field) or field[0] == "_" or field in names:
            raise ValueError(f"invalid field {field!r}")
        names.append(field)
    names = tuple(names)
    if defaults is None:
        defaults = {}
    extra = set(defaults) - set(names)
    if extra:
        raise ValueError(f"defaults for unknown fields {sorted(extra)}")
    return type(name, (), {
        "__slots__": names,
        "_fields": names,
        "_defaults": dict(defaults),
        "__init__": _init,
        "__repr__": _repr,
        "__eq__": _eq,
    })
