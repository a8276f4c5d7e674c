"""Wrong: runs the most-derived check on any metaclass, so a plain
function used as a metaclass makes issubclass() raise."""


def _most_derived(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict")
    return winner


def build_class(body, name, *bases, metaclass=None, **kwds):
    if metaclass is None:
        meta = type(bases[0]) if bases else type
    else:
        meta = metaclass
    meta = _most_derived(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    body(namespace)
    return meta(name, bases, namespace, **kwds)
