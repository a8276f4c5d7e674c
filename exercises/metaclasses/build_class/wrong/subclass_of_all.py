"""Wrong: picks the candidate metaclass that subclasses all the others,
looking at all bases at once; Python decides base by base, so bases
whose metaclasses are unrelated so far are a conflict even if a later
base's metaclass derives from both."""


def _most_derived(meta, bases):
    candidates = [meta] + [type(base) for base in bases]
    for candidate in candidates:
        if all(issubclass(candidate, other) for other in candidates):
            return candidate
    raise TypeError("metaclass conflict")


def build_class(body, name, *bases, metaclass=None, **kwds):
    if metaclass is None:
        meta = type(bases[0]) if bases else type
    else:
        meta = metaclass
    if isinstance(meta, type):  # a function "metaclass" is used as it is
        meta = _most_derived(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    body(namespace)
    return meta(name, bases, namespace, **kwds)
