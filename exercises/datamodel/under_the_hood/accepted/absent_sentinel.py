from operator import index as _index

_ABSENT = object()
_NO_DEFAULT = object()


def _special(obj, name):
    """The class attribute `name` of type(obj), walking the MRO; _ABSENT if none."""
    for klass in type(obj).__mro__:
        d = vars(klass)
        if name in d:
            return d[name]
    return _ABSENT


def _unsupported(method):
    return method is _ABSENT or method is None


def my_len(obj):
    method = _special(obj, "__len__")
    if _unsupported(method):
        raise TypeError("object of type %r has no len()" % type(obj).__name__)
    n = int(_index(method(obj)))
    if n < 0:
        raise ValueError("__len__() should return >= 0")
    return n


def my_bool(obj):
    method = _special(obj, "__bool__")
    if method is None:
        raise TypeError("bool not supported")
    if method is not _ABSENT:
        r = method(obj)
        if type(r) is not type(True):
            raise TypeError("__bool__ should return bool")
        return r
    if _special(obj, "__len__") is not _ABSENT:
        return my_len(obj) > 0
    return True


def my_iter(obj):
    method = _special(obj, "__iter__")
    if method is None:
        raise TypeError("not iterable")
    if method is not _ABSENT:
        result = method(obj)
        if _unsupported(_special(result, "__next__")):
            raise TypeError("iter() returned non-iterator of type %r" % type(result).__name__)
        return result
    if _unsupported(_special(obj, "__getitem__")):
        raise TypeError("%r object is not iterable" % type(obj).__name__)
    return SequenceIterator(obj)


def my_next(iterator, default=_NO_DEFAULT):
    method = _special(iterator, "__next__")
    if _unsupported(method):
        raise TypeError("%r object is not an iterator" % type(iterator).__name__)
    if default is _NO_DEFAULT:
        return method(iterator)
    try:
        return method(iterator)
    except StopIteration:
        return default


def my_contains(container, item):
    method = _special(container, "__contains__")
    if method is None:
        raise TypeError("not a container")
    if method is not _ABSENT:
        return my_bool(method(container, item))
    iterator = my_iter(container)
    while True:
        try:
            element = my_next(iterator)
        except StopIteration:
            return False
        if element is item or my_bool(element == item):
            return True


class SequenceIterator:
    """The old __getitem__ protocol as an iterator."""

    def __init__(self, seq):
        self.seq = seq
        self.i = 0
        self.exhausted = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.exhausted:
            raise StopIteration
        try:
            item = self.seq[self.i]
        except (IndexError, StopIteration):
            self.exhausted = True
            raise StopIteration
        self.i += 1
        return item
