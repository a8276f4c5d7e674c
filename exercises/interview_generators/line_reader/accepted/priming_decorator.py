import functools


def primed(genfunc):
    """Decorator: call the generator function and advance it to its first yield."""

    @functools.wraps(genfunc)
    def start(*args, **kwargs):
        gen = genfunc(*args, **kwargs)
        next(gen)
        return gen

    return start


@primed
def line_reader(on_line):
    buffer = ""
    count = 0
    try:
        while True:
            chunk = yield count
            buffer += chunk
            while True:
                cut = buffer.find("\n")
                if cut < 0:
                    break
                on_line(buffer[:cut])
                buffer = buffer[cut + 1:]
                count += 1
    except GeneratorExit:
        if buffer != "":
            on_line(buffer)
