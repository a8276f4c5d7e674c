"""Wrong: keeps every chunk ever sent and splits the whole text again on
each send, delivering only the lines it has not delivered yet: right
lines, but memory (and time) grow with the whole stream."""


def _reader(on_line):
    text = ""
    delivered = 0
    try:
        while True:
            chunk = yield delivered
            text += chunk
            lines = text.split("\n")[:-1]
            for line in lines[delivered:]:
                on_line(line)
            delivered = len(lines)
    except GeneratorExit:
        rest = text.split("\n")[-1]
        if rest:
            on_line(rest)


def line_reader(on_line):
    reader = _reader(on_line)
    next(reader)
    return reader
