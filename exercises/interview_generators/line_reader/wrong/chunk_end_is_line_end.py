"""Wrong: treats the end of each chunk as the end of a line, so a line split
across two chunks is delivered as two lines."""


def _reader(on_line):
    delivered = 0
    while True:
        chunk = yield delivered
        if not chunk:
            continue
        for line in chunk.rstrip("\n").split("\n"):
            on_line(line)
            delivered += 1


def line_reader(on_line):
    reader = _reader(on_line)
    next(reader)
    return reader
