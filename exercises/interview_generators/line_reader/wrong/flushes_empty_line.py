"""Wrong: close() always delivers what is left, so a stream that ended with
"\n" (or an empty stream) gets an extra empty line."""


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
        on_line(pending)


def line_reader(on_line):
    reader = _reader(on_line)
    next(reader)
    return reader
