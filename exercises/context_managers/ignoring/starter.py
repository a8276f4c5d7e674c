"""Suppressing chosen exceptions: see `grader show context_managers/ignoring`."""


class ignoring:
    """Suppress and record the listed exception types raised in a with block."""

    def __init__(self, *exc_types):
        raise NotImplementedError("write ignoring")

    def __enter__(self):
        raise NotImplementedError("write ignoring.__enter__")

    def __exit__(self, exc_type, exc_value, traceback):
        raise NotImplementedError("write ignoring.__exit__")
