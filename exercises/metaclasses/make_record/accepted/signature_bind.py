"""Accepted: inspect.Signature does the argument binding; a regex-free
validation with str methods; the namespace is filled step by step."""

import inspect
from keyword import iskeyword


def make_record(name, fields, *, defaults=None):
    fields = tuple(fields)
    defaults = {} if defaults is None else defaults
    if not (isinstance(name, str) and name.isidentifier()):
        raise ValueError(name)
    if any(not isinstance(f, str) or not f.isidentifier() or iskeyword(f) or f.startswith("_") for f in fields):
        raise ValueError(fields)
    if len(set(fields)) < len(fields) or not set(defaults) <= set(fields):
        raise ValueError(fields)
    sig = inspect.Signature(
        [inspect.Parameter(f, inspect.Parameter.POSITIONAL_OR_KEYWORD) for f in fields]
    )

    ns = {"__slots__": fields, "_fields": fields}

    def __init__(self, *args, **kwargs):
        bound = sig.bind_partial(*args, **kwargs)  # TypeError on extra/unknown/twice
        for f in fields:
            if f in bound.arguments:
                setattr(self, f, bound.arguments[f])
            elif f in defaults:
                setattr(self, f, defaults[f])
            else:
                raise TypeError("%s() missing argument %r" % (name, f))

    ns["__init__"] = __init__
    ns["__repr__"] = lambda self: "%s(%s)" % (
        name, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    ns["__eq__"] = __eq__
    return type(name, (), ns)
