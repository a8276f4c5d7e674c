from operator import index as _as_index

_MISSING = object()


class _NotFound:
    pass


def _special(obj, name):
    mro = type(obj).__mro__
    i = 0
    count = mro.__len__()
    while i < count:
        d = vars(mro[i])
        if d.__contains__(name):
            return d[name]
        i += 1
    return _NotFound


def _unsupported(obj, what):
    return TypeError("object of type '%s' %s" % (type(obj).__name__, what))


def my_len(obj):
    f = _special(obj, "__len__")
    if f is _NotFound or f is None:
        raise _unsupported(obj, "has no len()")
    result = _as_index(f(obj))
    if result < 0:
        raise ValueError("__len__() should return >= 0")
    return int(result)


def my_bool(obj):
    f = _special(obj, "__bool__")
    if f is None:
        raise _unsupported(obj, "cannot be tested for truth")
    if f is _NotFound:
        if _special(obj, "__len__") is _NotFound:
            return True
        return my_len(obj) != 0
    result = f(obj)
    if type(result) is not type(True):
        raise TypeError("__bool__ should return bool")
    return result


def my_iter(obj):
    f = _special(obj, "__iter__")
    if f is not _NotFound:
        if f is None:
            raise _unsupported(obj, "is not iterable")
        result = f(obj)
        g = _special(result, "__next__")
        if g is _NotFound or g is None:
            raise TypeError("__iter__ returned a non-iterator")
        return result
    g = _special(obj, "__getitem__")
    if g is _NotFound or g is None:
        raise _unsupported(obj, "is not iterable")
    return SequenceIterator(obj)


def my_next(iterator, *default):
    f = _special(iterator, "__next__")
    if f is _NotFound or f is None:
        raise _unsupported(iterator, "is not an iterator")
    if not default:
        return f(iterator)
    try:
        return f(iterator)
    except StopIteration:
        return default[0]


def my_contains(container, item):
    f = _special(container, "__contains__")
    if f is None:
        raise _unsupported(container, "is not a container")
    if f is not _NotFound:
        return my_bool(f(container, item))
    iterator = my_iter(container)
    sentinel = object()
    element = my_next(iterator, sentinel)
    while element is not sentinel:
        if element is item:
            return True
        if my_bool(element == item):
            return True
        element = my_next(iterator, sentinel)
    return False


class SequenceIterator:
    def __init__(self, seq):
        self.seq = seq
        self.pos = 0
        self.exhausted = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.exhausted:
            raise StopIteration()
        pos = self.pos
        try:
            item = self.seq[pos]
        except IndexError:
            self.exhausted = True
            raise StopIteration()
        except StopIteration:
            self.exhausted = True
            raise
        self.pos = pos + 1
        return item
