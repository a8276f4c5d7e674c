# A learner's solution with an unrelated re.compile at module level: not the built-in compile (learner simulation round 7).
from keyword import iskeyword
import re

_IDENT = re.compile(r"[^\W\d]\w*\Z")

def _valid(x):
    return type(x) is str and x.isidentifier()

def make_record(name, fields, *, defaults=None):
    if not _valid(name):
        raise ValueError("invalid record name")
    names = []
    for f in fields:
        if not _valid(f) or iskeyword(f) or f[0] == "_" or f in names:
            raise ValueError("invalid field %r" % (f,))
        names.append(f)
    names = tuple(names)
    defs = {} if defaults is None else defaults
    bad = [k for k in defs if k not in names]
    if bad:
        raise ValueError("unknown default(s) %r" % bad)
    defs = dict(defs)

    ns = {}
    ns["__slots__"] = names
    ns["_fields"] = names

    def init(self, *args, **kwargs):
        if len(args) > len(names):
            raise TypeError("too many positional arguments")
        extra = set(kwargs) - set(names)
        if extra:
            raise TypeError("unexpected keyword %r" % sorted(extra)[0])
        for i, field in enumerate(names):
            if i < len(args):
                if field in kwargs:
                    raise TypeError("%s() got multiple values for %r" % (name, field))
                object.__setattr__(self, field, args[i])
            elif field in kwargs:
                object.__setattr__(self, field, kwargs[field])
            elif field in defs:
                object.__setattr__(self, field, defs[field])
            else:
                raise TypeError(f"{name}() missing argument {field!r}")
    ns["__init__"] = init
    ns["__repr__"] = lambda self: "%s(%s)" % (
        name, ", ".join("%s=%r" % (f, getattr(self, f)) for f in names))

    def eq(self, other):
        if type(self) is type(other):
            return tuple(getattr(self, f) for f in names) == tuple(getattr(other, f) for f in names)
        return NotImplemented
    ns["__eq__"] = eq
    cls = type(name, (), ns)
    cls.__qualname__ = name
    return cls
