def _lines(on_line):
    unfinished = ""
    total = 0
    closed_normally = False
    try:
        while True:
            try:
                chunk = yield total
            except GeneratorExit:
                closed_normally = True
                return
            while "\n" in chunk:
                head, _, chunk = chunk.partition("\n")
                on_line(unfinished + head)
                unfinished = ""
                total += 1
            unfinished += chunk
    finally:
        if closed_normally and unfinished:
            on_line(unfinished)


def line_reader(on_line):
    gen = _lines(on_line)
    gen.send(None)
    return gen
