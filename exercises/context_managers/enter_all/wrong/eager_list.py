"""Wrong: turns the iterable into a list first, so every manager is created
before the first one is entered: a lazy generator is drained (forever, for an
endless one) and resources created before a failure are never closed."""

import contextlib


@contextlib.contextmanager
def enter_all(managers):
    managers = list(managers)
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(manager) for manager in managers]
