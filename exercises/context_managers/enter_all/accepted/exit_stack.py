import contextlib


@contextlib.contextmanager
def enter_all(managers):
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(m) for m in managers]
