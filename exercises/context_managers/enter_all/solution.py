"""Reference solution for context_managers/enter_all."""

import contextlib


@contextlib.contextmanager
def enter_all(managers):
    """Return a context manager that enters every manager of the iterable
    `managers`, yields the list of their __enter__ results and exits them
    in reverse order, like nested with statements."""
    with contextlib.ExitStack() as stack:
        # enter_context enters each manager as soon as the iterable yields it
        # and registers its __exit__; if anything fails, the stack unwinds
        # what was entered so far.
        yield [stack.enter_context(manager) for manager in managers]
