"""Wrong: builds each chunk as a list and yields the list, not a tuple."""


def chunked(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    it = iter(iterable)

    def chunks():
        chunk = []
        for item in it:
            chunk.append(item)
            if len(chunk) == n:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    return chunks()
