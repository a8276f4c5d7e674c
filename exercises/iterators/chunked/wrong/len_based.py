def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    items = iterable if hasattr(iterable, "__getitem__") else list(iterable)
    return (tuple(items[i:i + n]) for i in range(0, len(items), n))
