"""Wrong: looks special methods up on the instance (obj.__len__, hasattr(obj,
...)), so an attribute set on one instance, or a class-level __getattr__,
makes my_len and my_iter accept objects the interpreter rejects."""

import operator

_MISSING = object()


def my_len(obj):
    if not hasattr(obj, "__len__") or obj.__len__ is None:
        raise TypeError(f"object of type {type(obj).__name__!r} has no len()")
    size = operator.index(obj.__len__())
    if size < 0:
        raise ValueError("__len__() should return >= 0")
    return int(size)


def my_bool(obj):
    if hasattr(obj, "__bool__"):
        if obj.__bool__ is None:
            raise TypeError("truth testing disabled")
        result = obj.__bool__()
        if result is not True and result is not False:
            raise TypeError("__bool__ should return bool")
        return result
    if hasattr(obj, "__len__"):
        return my_len(obj) != 0
    return True


class SequenceIterator:
    def __init__(self, seq):
        self._seq = seq
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._seq is None:
            raise StopIteration
        try:
            item = self._seq[self._index]
        except (IndexError, StopIteration):
            self._seq = None
            raise StopIteration from None
        self._index += 1
        return item


def my_iter(obj):
    if hasattr(obj, "__iter__"):
        if obj.__iter__ is None:
            raise TypeError(f"{type(obj).__name__!r} object is not iterable")
        iterator = obj.__iter__()
        if not hasattr(iterator, "__next__"):
            raise TypeError("iter() returned non-iterator")
        return iterator
    if hasattr(obj, "__getitem__"):
        return SequenceIterator(obj)
    raise TypeError(f"{type(obj).__name__!r} object is not iterable")


def my_next(iterator, default=_MISSING):
    if not hasattr(iterator, "__next__") or iterator.__next__ is None:
        raise TypeError(f"{type(iterator).__name__!r} object is not an iterator")
    try:
        return iterator.__next__()
    except StopIteration:
        if default is _MISSING:
            raise
        return default


def my_contains(container, item):
    if hasattr(container, "__contains__"):
        if container.__contains__ is None:
            raise TypeError("not a container")
        return my_bool(container.__contains__(item))
    iterator = my_iter(container)
    while True:
        try:
            element = my_next(iterator)
        except StopIteration:
            return False
        if element is item or my_bool(element == item):
            return True
