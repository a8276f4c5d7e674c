"""Accepted: the four steps spelt out with hasattr and a while loop."""


def build_class(body, name, *bases, metaclass=None, **kwds):
    # 1. the metaclass
    if metaclass is not None:
        meta = metaclass
    elif len(bases) > 0:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        i = 0
        while i < len(bases):
            other = type(bases[i])
            if not issubclass(meta, other):
                if issubclass(other, meta):
                    meta = other
                else:
                    raise TypeError("metaclass conflict")
            i += 1
    # 2. the namespace
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = dict()
    # 3. the body
    body(ns)
    # 4. the class
    return meta(name, bases, ns, **kwds)
