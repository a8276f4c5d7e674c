"""Wrong: returns the generator without running it to its first yield, so
the first send(chunk) raises TypeError (can't send non-None value to a
just-started generator)."""


def line_reader(on_line):
    pending = ""
    delivered = 0
    try:
        while True:
            chunk = yield delivered
            *complete, pending_rest = (pending + chunk).split("\n")
            for line in complete:
                on_line(line)
                delivered += 1
            pending = pending_rest
    except GeneratorExit:
        if pending:
            on_line(pending)
