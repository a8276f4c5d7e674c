"""Wrong: calls meta.__prepare__ unconditionally, so a function used as a
metaclass (which has none) fails with AttributeError."""


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
    if isinstance(meta, type):  # a function "metaclass" is used as it is
        meta = _most_derived(meta, bases)
    namespace = meta.__prepare__(name, bases, **kwds)
    body(namespace)
    return meta(name, bases, namespace, **kwds)
