"""The four steps inline, with getattr(meta, '__prepare__', None)."""
def build_class(body, name, *bases, metaclass=None, **kwds):
    meta = metaclass if metaclass is not None else (type(bases[0]) if bases else type)
    if isinstance(meta, type):
        winner = meta
        for base_meta in map(type, bases):
            if issubclass(winner, base_meta):
                pass
            elif issubclass(base_meta, winner):
                winner = base_meta
            else:
                raise TypeError("metaclass conflict")
        meta = winner
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else dict()
    body(ns)
    return meta(name, bases, ns, **kwds)
