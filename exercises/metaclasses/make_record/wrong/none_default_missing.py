import keyword


def make_record(name, fields, *, defaults=None):
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError("bad name %r" % (name,))
    fields = tuple(fields)
    seen = set()
    for f in fields:
        if not isinstance(f, str) or not f.isidentifier() or keyword.iskeyword(f) or f.startswith("_"):
            raise ValueError("bad field %r" % (f,))
        if f in seen:
            raise ValueError("duplicate field %r" % (f,))
        seen.add(f)
    defaults = {} if defaults is None else dict(defaults)
    for k in defaults:
        if k not in seen:
            raise ValueError("default for unknown field %r" % (k,))

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{name}() takes at most {len(fields)} positional arguments")
        for k in kwargs:
            if k not in seen:
                raise TypeError(f"{name}() got an unexpected keyword argument {k!r}")
        given = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k in given:
                raise TypeError(f"{name}() got multiple values for argument {k!r}")
            given[k] = v
        for f in fields:
            if f in given:
                setattr(self, f, given[f])
            elif defaults.get(f) is not None:
                setattr(self, f, defaults[f])
            else:
                raise TypeError(f"{name}() missing argument {f!r}")

    def __repr__(self):
        return "%s(%s)" % (name, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))

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
