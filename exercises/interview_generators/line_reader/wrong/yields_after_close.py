"""Wrong: yields the final count after GeneratorExit, so close() raises
RuntimeError ("generator ignored GeneratorExit")."""


def _reader(on_line):
    pending = ""
    delivered = 0
    try:
        while True:
            chunk = yield delivered
            *complete, pending = (pending + chunk).split("\n")
            for line in complete:
                on_line(line)
                delivered += 1
    except GeneratorExit:
        if pending:
            on_line(pending)
            delivered += 1
        yield delivered


def line_reader(on_line):
    reader = _reader(on_line)
    next(reader)
    return reader
