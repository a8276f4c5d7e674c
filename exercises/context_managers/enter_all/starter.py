"""Entering many context managers at once: see `grader show context_managers/enter_all`."""

import contextlib


def enter_all(managers):
    """Return a context manager that enters every manager of the iterable
    `managers`, yields the list of their __enter__ results and exits them
    in reverse order, like nested with statements."""
    raise NotImplementedError("write enter_all()")
