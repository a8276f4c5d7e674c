"""Wrong: send returns how many lines this chunk completed, not the number
delivered so far."""


def _reader(on_line):
    pending = ""
    done = 0
    try:
        while True:
            chunk = yield done
            *complete, pending = (pending + chunk).split("\n")
            for line in complete:
                on_line(line)
            done = len(complete)
    except GeneratorExit:
        if pending:
            on_line(pending)


def line_reader(on_line):
    reader = _reader(on_line)
    next(reader)
    return reader
