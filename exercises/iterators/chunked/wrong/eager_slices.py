"""Wrong: copies the whole input into a list and slices it. Correct on small
inputs, but never returns on an endless iterator and reads everything up front."""


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    items = list(iterable)
    return iter([tuple(items[i:i + n]) for i in range(0, len(items), n)])
