"""Wrong: finds the smallest head by scanning all k heads for every item,
O(k) comparisons per item instead of O(log k)."""

_EMPTY = object()


def merge_sorted(*iterables, key=None):
    key = key or (lambda x: x)
    its = [iter(i) for i in iterables]
    heads = []
    for it in its:
        item = next(it, _EMPTY)
        heads.append(_EMPTY if item is _EMPTY else (key(item), item))
    while True:
        best = None
        for i, head in enumerate(heads):
            if head is not _EMPTY and (best is None or head[0] < heads[best][0]):
                best = i
        if best is None:
            return
        yield heads[best][1]
        item = next(its[best], _EMPTY)
        heads[best] = _EMPTY if item is _EMPTY else (key(item), item)


def distinct(iterable):
    last = _EMPTY
    for item in iterable:
        if last is _EMPTY or item != last:
            last = item
            yield item
