def _reader(on_line):
    buf = ""
    count = 0
    text_so_far = ""
    try:
        while True:
            chunk = yield count
            text_so_far = text_so_far + chunk
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
