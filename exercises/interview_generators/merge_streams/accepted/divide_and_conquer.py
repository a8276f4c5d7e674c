"""Divide and conquer: a tree of two-way merges; ties go to the left half."""

_END = object()


def _leaf(iterable, key):
    for item in iterable:
        yield (item if key is None else key(item)), item


def _two(left, right):
    a = next(left, _END)
    b = next(right, _END)
    while a is not _END and b is not _END:
        if b[0] < a[0]:
            yield b
            b = next(right, _END)
        else:
            yield a
            a = next(left, _END)
    while a is not _END:
        yield a
        a = next(left, _END)
    while b is not _END:
        yield b
        b = next(right, _END)


def _tree(gens):
    if len(gens) == 1:
        return gens[0]
    mid = len(gens) // 2
    return _two(_tree(gens[:mid]), _tree(gens[mid:]))


def merge_sorted(*iterables, key=None):
    if not iterables:
        return
    for _k, item in _tree([_leaf(i, key) for i in iterables]):
        yield item


def distinct(iterable):
    it = iter(iterable)
    for previous in it:
        yield previous
        break
    for item in it:
        if item != previous:
            yield item
            previous = item
