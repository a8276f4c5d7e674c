def _reader(on_line):
    buf = ""
    count = 0
    history = []
    try:
        while True:
            chunk = yield count
            history.append(chunk)
            buf += chunk
            *done, buf = buf.split("\n")
            for line in done:
                on_line(line)
                count += 1
    except GeneratorExit:
        if buf:
            on_line(buf)
        return


def line_reader(on_line):
    g = _reader(on_line)
    next(g)
    return g
