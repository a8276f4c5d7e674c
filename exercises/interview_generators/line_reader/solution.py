"""Reference solution for interview_generators/line_reader."""


def _reader(on_line):
    pending = []  # pieces of the unfinished line
    delivered = 0
    try:
        while True:
            chunk = yield delivered
            *complete, rest = chunk.split("\n")
            for piece in complete:
                pending.append(piece)
                on_line("".join(pending))
                pending = []
                delivered += 1
            if rest:
                pending.append(rest)
    except GeneratorExit:
        # close(): the stream ended; hand over an unfinished last line.
        # No yield here: a generator that yields after GeneratorExit makes
        # close() raise RuntimeError.
        if pending:
            on_line("".join(pending))


def line_reader(on_line):
    """Return a started generator: send it text chunks; close() ends the stream."""
    reader = _reader(on_line)
    next(reader)  # run to the first yield, so send(chunk) works at once
    return reader
