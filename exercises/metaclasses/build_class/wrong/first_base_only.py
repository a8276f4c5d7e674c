"""Wrong: checks only the first base's metaclass, so a conflict with a later base is not found."""
def _choose_metaclass(metaclass, bases):
    if metaclass is not None:
        meta = metaclass
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        for base in bases[:1]:
            base_meta = type(base)
            if issubclass(meta, base_meta):
                continue
            if issubclass(base_meta, meta):
                meta = base_meta
                continue
            raise TypeError("metaclass conflict")
    return meta


def build_class(body, name, *bases, metaclass=None, **kwds):
    meta = _choose_metaclass(metaclass, bases)
    if hasattr(meta, "__prepare__"):
        namespace = meta.__prepare__(name, bases, **kwds)
    else:
        namespace = {}
    body(namespace)
    return meta(name, bases, namespace, **kwds)
