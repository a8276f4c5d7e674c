"""Wrong: never resets `exception` in __enter__, so a reused manager still
reports the exception of an earlier with block."""


class ignoring:
    def __init__(self, *exc_types):
        self.exc_types = exc_types
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None and issubclass(exc_type, self.exc_types):
            self.exception = exc_value
            return True
        return False
