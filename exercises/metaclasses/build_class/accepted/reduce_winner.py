"""Accepted: the metaclass choice as a functools.reduce over the bases."""

from functools import reduce


def _pick(winner, base):
    candidate = type(base)
    if issubclass(winner, candidate):
        return winner
    if issubclass(candidate, winner):
        return candidate
    raise TypeError("metaclass conflict")


def build_class(body, name, *bases, metaclass=None, **kwds):
    meta = metaclass if metaclass is not None else (type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = reduce(_pick, bases, meta)
    try:
        prepare = meta.__prepare__
    except AttributeError:
        namespace = {}
    else:
        namespace = prepare(name, bases, **kwds)
    body(namespace)
    return meta(name, bases, namespace, **kwds)
