from itertools import islice
def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    if not hasattr(iterable, "__iter__"):
        raise TypeError("not iterable")
    it = iter(iterable)
    def gen():
        while True:
            chunk = tuple(islice(it, n))
            if not chunk:
                return
            yield chunk
    return gen()
