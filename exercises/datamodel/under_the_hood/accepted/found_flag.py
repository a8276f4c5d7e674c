import operator

_MISSING = object()


def _lookup(obj, name):
    """(found, value) for a special method, looked up on the type's MRO."""
    for klass in type(obj).__mro__:
        namespace = vars(klass)
        if name in namespace:
            return True, namespace[name]
    return False, None


def _require(obj, name):
    found, method = _lookup(obj, name)
    if not found or method is None:
        raise TypeError(f"{type(obj).__name__!r} object does not support {name}")
    return method


def my_len(obj):
    result = operator.index(_require(obj, "__len__")(obj))
    if result < 0:
        raise ValueError("__len__() should return >= 0")
    return int(result)


def my_bool(obj):
    found, method = _lookup(obj, "__bool__")
    if found:
        if method is None:
            raise TypeError("__bool__ is None")
        result = method(obj)
        if result is not True and result is not False:
            raise TypeError(f"__bool__ should return bool, returned {type(result).__name__}")
        return result
    found, _ = _lookup(obj, "__len__")
    if found:
        return my_len(obj) != 0
    return True


def my_iter(obj):
    found, method = _lookup(obj, "__iter__")
    if found:
        if method is None:
            raise TypeError(f"{type(obj).__name__!r} object is not iterable")
        it = method(obj)
        found_next, nxt = _lookup(it, "__next__")
        if not found_next or nxt is None:
            raise TypeError("iter() returned non-iterator")
        return it
    found, method = _lookup(obj, "__getitem__")
    if found and method is not None:
        return SequenceIterator(obj)
    raise TypeError(f"{type(obj).__name__!r} object is not iterable")


def my_next(iterator, default=_MISSING):
    method = _require(iterator, "__next__")
    try:
        return method(iterator)
    except StopIteration:
        if default is _MISSING:
            raise
        return default


def my_contains(container, item):
    found, method = _lookup(container, "__contains__")
    if found:
        if method is None:
            raise TypeError("argument is not a container")
        return my_bool(method(container, item))
    it = my_iter(container)
    end = object()
    while True:
        element = my_next(it, end)
        if element is end:
            return False
        if element is item or my_bool(element == item):
            return True


class SequenceIterator:
    def __init__(self, seq):
        self._seq = seq
        self._index = 0
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        try:
            value = self._seq[self._index]
        except (IndexError, StopIteration):
            self._done = True
            self._seq = None
            raise StopIteration from None
        self._index += 1
        return value
