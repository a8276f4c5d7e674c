"""Wrong: hands the work back to the built-ins (len, bool, iter, next, `in`)
instead of following the protocol by hand; the sequence fallback then
returns the interpreter's own iterator, not a SequenceIterator."""

_MISSING = object()


def my_len(obj):
    return len(obj)


def my_bool(obj):
    return bool(obj)


class SequenceIterator:
    def __init__(self, seq):
        self._it = iter(seq)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def my_iter(obj):
    cls = type(obj)
    if not hasattr(cls, "__iter__") and hasattr(cls, "__getitem__"):
        return SequenceIterator(obj)
    return iter(obj)


def my_next(iterator, default=_MISSING):
    if default is _MISSING:
        return next(iterator)
    return next(iterator, default)


def my_contains(container, item):
    return item in container
