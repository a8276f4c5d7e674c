"""Wrong: splits with str.splitlines(keepends=True), which also ends lines at
"\r", "\x0b", "\x0c", "\u2028" and other characters; only "\n" ends a line."""


def _reader(on_line):
    pending = ""
    delivered = 0
    try:
        while True:
            chunk = yield delivered
            pieces = (pending + chunk).splitlines(keepends=True)
            pending = ""
            for piece in pieces:
                if piece.endswith(("\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")):
                    on_line(piece.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"))
                    delivered += 1
                else:
                    pending = piece
    except GeneratorExit:
        if pending:
            on_line(pending)


def line_reader(on_line):
    reader = _reader(on_line)
    next(reader)
    return reader
