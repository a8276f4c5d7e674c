"""Reference solution for context_managers/ignoring."""


class ignoring:
    """Suppress and record the listed exception types raised in a with block."""

    def __init__(self, *exc_types):
        self.exc_types = exc_types
        self.exception = None

    def __enter__(self):
        self.exception = None
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            return False
        if issubclass(exc_type, self.exc_types):
            self.exception = exc_value
            return True  # suppress: execution continues after the with
        return False  # Python re-raises the original exception itself
