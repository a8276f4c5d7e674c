"""Wrong: collects the lines and calls on_line for all of them only at
close(), not as soon as each line is complete."""


def _reader(on_line):
    pending = ""
    ready = []
    try:
        while True:
            chunk = yield len(ready)
            *complete, pending = (pending + chunk).split("\n")
            ready.extend(complete)
    except GeneratorExit:
        if pending:
            ready.append(pending)
        for line in ready:
            on_line(line)


def line_reader(on_line):
    reader = _reader(on_line)
    next(reader)
    return reader
