"""Wrong: SequenceIterator stops on any LookupError, so a KeyError raised by a
mapping's __getitem__ silently ends the iteration instead of propagating."""

import operator

_MISSING = object()


def _lookup(obj, name):
    """The raw attribute `name` of type(obj), found the way the interpreter
    finds special methods: in the classes of type(obj).__mro__ only, never in
    the instance and never in the metaclass."""
    for klass in type(obj).__mro__:
        namespace = vars(klass)
        if name in namespace:
            return namespace[name]
    return _MISSING


def my_len(obj):
    method = _lookup(obj, "__len__")
    if method is _MISSING or method is None:
        raise TypeError(f"object of type {type(obj).__name__!r} has no len()")
    size = operator.index(method(obj))  # TypeError for a float, a str, None...
    if size < 0:
        raise ValueError("__len__() should return >= 0")
    return int(size)  # an exact int, even when __len__ returned True


def my_bool(obj):
    method = _lookup(obj, "__bool__")
    if method is None:
        raise TypeError(f"{type(obj).__name__!r} disables truth testing")
    if method is not _MISSING:
        result = method(obj)
        if result is not True and result is not False:
            raise TypeError(f"__bool__ should return bool, returned {type(result).__name__}")
        return result
    if _lookup(obj, "__len__") is not _MISSING:
        return my_len(obj) != 0
    return True


class SequenceIterator:
    """What iter() returns for an object that has only __getitem__."""

    def __init__(self, seq):
        self._seq = seq
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._seq is None:  # exhausted: never ask the sequence again
            raise StopIteration
        try:
            item = self._seq[self._index]
        except (LookupError, StopIteration):
            self._seq = None
            raise StopIteration from None
        self._index += 1
        return item


def my_iter(obj):
    method = _lookup(obj, "__iter__")
    if method is None:
        raise TypeError(f"{type(obj).__name__!r} object is not iterable")
    if method is not _MISSING:
        iterator = method(obj)
        if _lookup(iterator, "__next__") is _MISSING:
            raise TypeError(f"iter() returned non-iterator of type {type(iterator).__name__!r}")
        return iterator
    if _lookup(obj, "__getitem__") is not _MISSING:
        return SequenceIterator(obj)
    raise TypeError(f"{type(obj).__name__!r} object is not iterable")


def my_next(iterator, default=_MISSING):
    method = _lookup(iterator, "__next__")
    if method is _MISSING or method is None:
        raise TypeError(f"{type(iterator).__name__!r} object is not an iterator")
    try:
        return method(iterator)
    except StopIteration:
        if default is _MISSING:
            raise
        return default


def my_contains(container, item):
    method = _lookup(container, "__contains__")
    if method is None:
        raise TypeError(f"{type(container).__name__!r} object is not a container")
    if method is not _MISSING:
        return my_bool(method(container, item))
    iterator = my_iter(container)
    while True:
        try:
            element = my_next(iterator)
        except StopIteration:
            return False
        if element is item or my_bool(element == item):
            return True
