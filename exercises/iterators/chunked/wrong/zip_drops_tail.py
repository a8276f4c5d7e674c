"""Wrong: the zip(*[it] * n) idiom: lazy and fast, but zip stops at the
shortest input, so a last, shorter chunk is silently dropped."""


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    it = iter(iterable)
    return zip(*[it] * n)
