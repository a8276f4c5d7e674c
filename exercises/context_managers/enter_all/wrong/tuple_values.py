import contextlib


@contextlib.contextmanager
def enter_all(managers):
    with contextlib.ExitStack() as stack:
        yield tuple(stack.enter_context(m) for m in managers)
