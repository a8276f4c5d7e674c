"""Wrong: matches with `exc_type in self.exc_types`, so subclasses (IndexError
for LookupError, OSError for Exception) are not suppressed."""


class ignoring:
    def __init__(self, *exc_types):
        self.exc_types = exc_types
        self.exception = None

    def __enter__(self):
        self.exception = None
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type in self.exc_types:
            self.exception = exc_value
            return True
        return False
